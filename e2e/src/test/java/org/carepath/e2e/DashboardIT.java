package org.carepath.e2e;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clinic dashboard as an admin meets it: after a self-check and an article view,
 * {@code admin} signs in through Keycloak, opens {@code /staff/dashboard} and finds every
 * section drawn from the live aggregate endpoints (SVG charts with their tables and CSV
 * links, none "temporarily unavailable"); axe-core finds no serious or critical
 * accessibility violation on the page.
 */
@ExtendWith(CarePathStack.class)
class DashboardIT {

	private static final String SELF_CHECK = """
			{"instrument":"dast-10","mode":"self","answers":{"1":"LA33-6","2":"LA33-6","3":"LA33-6","4":"LA33-6",\
			"5":"LA33-6","6":"LA33-6","7":"LA33-6","8":"LA33-6","9":"LA33-6","10":"LA33-6"}}""";

	@Test
	void anAdminSeesEverySectionAsChartsBesideTablesWithNoSeriousAccessibilityViolations() throws Exception {
		HttpResponse<String> screening = Http.postJson(CarePathStack.gateway() + "/api/intake/screenings", SELF_CHECK);
		assertThat(screening.statusCode()).as(screening.body()).isEqualTo(201);

		try (Browser admin = new Browser()) {
			WebDriver driver = admin.driver();
			// A person reads the clinic's article: a page view for the education section.
			driver.get(CarePathStack.gateway() + "/learn/ketamine-addiction");
			assertThat(admin.bodyText()).contains("Ketamine");

			// The default period ends last Sunday: choose one that holds today, in any
			// time zone.
			LocalDate today = LocalDate.now(ZoneOffset.UTC);
			String dashboard = CarePathStack.gateway() + "/staff/dashboard?from=" + today.minusWeeks(4) + "&to="
					+ today.plusDays(1);
			driver.get(dashboard);
			admin.signInOnKeycloakPage("admin");
			driver.get(dashboard);
			admin.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.chart-svg")));
			admin.screenshot("dashboard-01-admin");

			assertThat(driver.findElements(By.cssSelector("section.dashboard-part")))
				.extracting(section -> section.getAttribute("id"))
				.containsExactly("screenings", "funnel", "alerts", "referrals", "education");
			assertThat(driver.findElements(By.cssSelector(".part-unavailable")))
				.as("every service answered its aggregate endpoint")
				.extracting(WebElement::getText)
				.isEmpty();
			List<WebElement> charts = driver.findElements(By.cssSelector("svg.chart-svg[role='img']"));
			assertThat(charts).as("the DAST-10 week, share positive, funnel, alerts, acknowledgement, views")
				.hasSizeGreaterThanOrEqualTo(7);
			for (WebElement chart : charts) {
				String[] labels = chart.getAttribute("aria-labelledby").split(" ");
				assertThat(driver.findElement(By.id(labels[0])).getTagName()).isEqualTo("title");
				assertThat(driver.findElement(By.id(labels[1])).getTagName()).isEqualTo("desc");
			}
			assertThat(driver.findElements(By.cssSelector(".dashboard-figure table.dashboard-table")))
				.hasSizeGreaterThanOrEqualTo(6);
			assertThat(driver.findElement(By.id("figure-screenings-dast-10")).getText()).contains("DAST-10");
			assertThat(driver.findElement(By.id("figure-funnel")).getText()).contains("Screened");
			assertThat(driver.findElement(By.id("figure-views")).getText()).contains("Page views");

			((JavascriptExecutor) driver).executeScript("document.getElementById('funnel').scrollIntoView()");
			admin.screenshot("dashboard-02-funnel-and-alerts");

			// The funnel's CSV, fetched as the signed-in admin from the link on the page.
			String href = driver.findElement(By.cssSelector("#figure-funnel .csv-link a")).getAttribute("href");
			Object csv = ((JavascriptExecutor) driver).executeAsyncScript(
					"""
							const done = arguments[arguments.length - 1];
							fetch(arguments[0]).then(r => r.text().then(t => done(r.status + ' ' + r.headers.get('content-type') + '\\n' + t)))
							  .catch(e => done('failed ' + e));""",
					href);
			assertThat((String) csv).startsWith("200 text/csv")
				.contains("Step,Screenings,Share of screened (%)", "Screened,", "Treatment completed,");

			Results results = new AxeBuilder().analyze(driver);
			List<Rule> serious = results.getViolations()
				.stream()
				.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
				.toList();
			assertThat(results.isErrored()).as(results.getErrorMessage()).isFalse();
			assertThat(serious).as(describe(serious)).isEmpty();
			System.out.println("dashboard: axe-core " + results.getPasses().size() + " rules passed, "
					+ results.getViolations().size() + " violations (none serious or critical), "
					+ results.getIncomplete().size() + " to review; " + charts.size() + " charts");
		}
	}

	private static String describe(List<Rule> rules) {
		return rules.stream()
			.map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
					+ rule.getNodes()
						.stream()
						.map(node -> String.valueOf(node.getTarget()))
						.collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"));
	}

}
