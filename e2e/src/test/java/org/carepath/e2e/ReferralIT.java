package org.carepath.e2e;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole referral loop as its people meet it: a person's DAST-10 self-check comes out
 * high; the screening event makes a referral suggestion; {@code clinician} refers the
 * person to Harbor in the browser with a complete, signed consent; the example partner
 * program (running for {@code harbor}) receives the event on its own topic and accepts;
 * staff see "accepted" and one disclosure in the accounting. Summit's token cannot see
 * the referral; Harbor's can.
 */
@ExtendWith(CarePathStack.class)
class ReferralIT {

	private static final Pattern REFERRAL_URL = Pattern.compile("/staff/referrals/([0-9a-f-]{36})");

	@Test
	void aClinicianRefersAHighRiskScreeningToHarborWhichAcceptsAndSummitCannotSeeIt() throws Exception {
		String reference = highRiskSelfCheck();
		String referralId;

		try (Browser staff = new Browser()) {
			WebDriver driver = staff.driver();
			driver.get(CarePathStack.gateway() + "/staff/referrals");
			staff.signInOnKeycloakPage("clinician");
			// The suggestion arrives through Kafka (intake's screening event): reload
			// until it is there.
			reloadUntil(driver, () -> !driver.findElements(refer(reference)).isEmpty());
			staff.screenshot("referral-01-suggestion");

			driver.findElement(refer(reference)).click();
			staff.await().until(ExpectedConditions.presenceOfElementLocated(By.id("level")));
			new Select(driver.findElement(By.id("level"))).selectByValue("2.1");
			new Select(driver.findElement(By.id("population"))).selectByValue("adolescents");
			driver.findElement(By.xpath("//button[normalize-space()='Show matching programs']")).click();
			staff.await()
				.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[aria-label^='Refer to Harbor']")));
			assertThat(staff.bodyText()).contains("Harbor Youth & Family Outpatient", "Family therapy")
				.doesNotContain("Summit Residential Recovery");
			staff.screenshot("referral-02-matching-programs");
			driver.findElement(By.cssSelector("a[aria-label^='Refer to Harbor']")).click();

			staff.await().until(ExpectedConditions.presenceOfElementLocated(By.id("typed-signature")));
			assertThat(staff.bodyText()).contains("Who may disclose", "CarePath Counseling Clinic",
					"The right to revoke", "does not undo disclosures already made", "Date signed");
			driver.findElement(By.id("share-contact-yes")).click();
			driver.findElement(By.id("share-scores-yes")).click();
			driver.findElement(By.id("patient-name")).sendKeys("Sam Rivera");
			driver.findElement(By.id("patient-phone")).sendKeys("555-0100");
			driver.findElement(By.id("preferred-phone")).click();
			driver.findElement(By.id("element-identity-and-contact")).click();
			driver.findElement(By.id("element-screening-scores")).click();
			driver.findElement(By.id("expiry-event")).sendKeys("When Harbor has completed the assessment");
			driver.findElement(By.id("signed-by")).sendKeys("Sam Rivera");
			driver.findElement(By.id("typed-signature")).sendKeys("Sam Rivera");
			staff.screenshot("referral-03-consent-form");
			driver.findElement(By.xpath("//button[normalize-space()='Refer with this consent']")).click();

			staff.await().until(ExpectedConditions.presenceOfElementLocated(By.id("disclosures-heading")));
			Matcher url = REFERRAL_URL.matcher(driver.getCurrentUrl());
			assertThat(url.find()).as(driver.getCurrentUrl()).isTrue();
			referralId = url.group(1);
			assertThat(staff.bodyText()).contains("Referral made", "Requested: waiting for the program's answer");
			staff.screenshot("referral-04-requested");

			// The example partner consumes its topic and accepts on its own.
			reloadUntil(driver,
					() -> driver.findElement(By.cssSelector(".referral-status"))
						.getText()
						.contains("Accepted by the program"));
			assertThat(driver.findElement(By.id("history-caption")).findElement(By.xpath("ancestor::table")).getText())
				.contains("harbor (the program)");
			assertThat(driver.findElements(By.cssSelector(".disclosure-table tbody tr"))).hasSize(1);
			assertThat(driver.findElement(By.cssSelector(".disclosure-table tbody tr")).getText())
				.contains("Harbor Youth & Family Outpatient", "clinician");
			staff.screenshot("referral-05-accepted-with-one-disclosure");

			driver.get(CarePathStack.gateway() + "/staff/referrals");
			assertThat(driver.findElement(By.cssSelector("tr[data-referral='" + referralId + "']")).getText())
				.contains(reference, "Accepted by the program");
			staff.screenshot("referral-06-list-accepted");
		}

		String inbox = CarePathStack.gateway() + "/api/referrals/inbox/" + referralId;
		HttpResponse<String> harbor = Http.get(inbox, Keycloak.partnerToken("harbor"));
		assertThat(harbor.statusCode()).as(harbor.body()).isEqualTo(200);
		assertThat(Http.json(harbor).path("status").asString()).isEqualTo("accepted");
		assertThat(Http.get(inbox, Keycloak.partnerToken("summit")).statusCode()).isEqualTo(404);
	}

	/**
	 * A DAST-10 in the public form: seven points (item 3 is scored in reverse), so
	 * "substantial", a high result.
	 */
	private static String highRiskSelfCheck() throws Exception {
		try (Browser person = new Browser()) {
			WebDriver driver = person.driver();
			driver.get(CarePathStack.gateway() + "/check/dast-10");
			for (int item = 1; item <= 10; item++) {
				boolean yes = item <= 8;
				driver.findElement(By.id("q-" + item + "-" + (yes ? 1 : 0))).click();
			}
			person.screenshot("referral-00-dast10-form");
			driver.findElement(By.xpath("//button[normalize-space()='See my result']")).click();
			String reference = person.await()
				.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".reference-code")))
				.getText()
				.strip();
			person.screenshot("referral-00-dast10-result");
			return reference;
		}
	}

	private static By refer(String reference) {
		return By.cssSelector("a[aria-label='Refer " + reference + "']");
	}

	/**
	 * Reloads the page until the condition holds: what it waits for arrives through
	 * Kafka, not this browser.
	 */
	private static void reloadUntil(WebDriver driver, java.util.function.BooleanSupplier condition) {
		new WebDriverWait(driver, Duration.ofSeconds(90)).pollingEvery(Duration.ofSeconds(2)).until(d -> {
			if (condition.getAsBoolean()) {
				return true;
			}
			d.navigate().refresh();
			return condition.getAsBoolean();
		});
	}

}
