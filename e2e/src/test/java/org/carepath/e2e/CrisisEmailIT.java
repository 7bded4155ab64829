package org.carepath.e2e;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A crisis answer reaches the person on call by email, and escalation stops once someone
 * acknowledges (issue 13). An admin puts {@code oncall@carepath.test} on call through the
 * roster page (a dated exception covering the test); a person answers PHQ-9 item 9 with
 * "Several days"; the on-call email arrives over IMAP with the screening's reference and
 * a link, and nothing of the answers or the score; the link opens the screening's alert
 * after signing in; nobody acknowledges, so the escalation contact is emailed;
 * {@code intake} acknowledges in the browser, and no second escalation follows, even 20 s
 * after it was due; the page lists the emails. The time from submission to the on-call
 * email is printed ({@code crisis-email: …}).
 */
@ExtendWith(CarePathStack.class)
class CrisisEmailIT {

	private static final String ON_CALL = "oncall@carepath.test";

	private static final String ESCALATION = "escalation@carepath.test";

	private static final Pattern LINK = Pattern.compile("https?://[^\\s\"'<>]+/staff/screenings/([0-9a-f-]{36})");

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	/** The stack's escalation intervals ({@link CarePathStack#NOTIFICATION_SETTINGS}). */
	private static final Duration ESCALATE_AFTER = setting("escalate-after");

	private static final Duration ESCALATE_AGAIN_AFTER = setting("escalate-again-after");

	/** Generous bounds for a loaded two-core machine: deadlines, not speed checks. */
	private static final Duration MARGIN = Duration.ofSeconds(60);

	/**
	 * How long past the second escalation's due time the test waits for it not to come:
	 * intake looks for due notifications every second, so twenty looks.
	 */
	private static final Duration QUIET = Duration.ofSeconds(20);

	@Test
	void theOnCallEmailLinksToTheAlertEscalationFollowsAndAcknowledgingStopsIt() throws Exception {
		try (Browser admin = new Browser()) {
			String exceptionId = putOnCallForTheTest(admin);
			try {
				crisisEmailAndEscalation();
			}
			finally {
				removeException(admin, exceptionId);
			}
		}
	}

	private void crisisEmailAndEscalation() throws Exception {
		Instant submitted;
		String reference;
		try (Browser person = new Browser()) {
			WebDriver driver = person.driver();
			driver.get(CarePathStack.gateway() + "/check/phq-9");
			for (int item = 1; item <= 8; item++) {
				driver.findElement(By.id("q-" + item + "-0")).click(); // Not at all
			}
			driver.findElement(By.id("q-9-1")).click(); // Several days
			submitted = Instant.now();
			driver.findElement(By.xpath("//button[normalize-space()='See my result']")).click();
			person.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main .crisis-alert")));
			reference = driver.findElement(By.cssSelector(".reference-code")).getText().strip();
			person.screenshot("crisis-email-01-result");
		}

		Mailbox.Mail paged = Mailbox.of(ON_CALL).await(mail -> mail.all().contains(reference), Duration.ofSeconds(60));
		System.out.printf(
				"crisis-email: submitted %s, on-call email seen over IMAP %s (%.1f s later); the mail"
						+ " server's received time %s (whole seconds)%n",
				submitted, paged.seenAt(), Duration.between(submitted, paged.seenAt()).toMillis() / 1000.0,
				paged.receivedAt());
		assertNoHealthData(paged);
		Matcher link = LINK.matcher(paged.body());
		assertThat(link.find()).as("a link to the screening in: %s", paged.body()).isTrue();
		String screeningId = link.group(1);

		try (Browser staff = new Browser()) {
			WebDriver driver = staff.driver();
			// The link asks for a sign-in, then opens the screening with its alert.
			driver.get(link.group());
			staff.signInOnKeycloakPage("intake");
			staff.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".crisis-banner")));
			assertThat(driver.getCurrentUrl()).endsWith("/staff/screenings/" + screeningId);
			assertThat(driver.findElement(By.tagName("h1")).getText()).contains(reference);
			assertThat(banner(driver)).contains("Crisis alert open");
			reloadUntil(driver,
					() -> driver.findElements(By.cssSelector("tr[data-reason='on-call']"))
						.stream()
						.anyMatch(row -> row.getText().contains("Delivered")));
			assertThat(notificationRow(driver, "on-call").getText()).contains(ON_CALL, "On call");
			showNotifications(driver);
			staff.screenshot("crisis-email-02-link-opens-the-alert");

			// Nobody acknowledges: the escalation contact is emailed.
			Mailbox.Mail escalated = Mailbox.of(ESCALATION)
				.await(mail -> mail.all().contains(reference), ESCALATE_AFTER.plus(MARGIN).plus(MARGIN));
			assertNoHealthData(escalated);
			assertThat(escalated.body()).contains("/staff/screenings/" + screeningId);
			// Intake records the delivery once the mail server has taken the email.
			reloadUntil(driver,
					() -> driver.findElements(By.cssSelector("tr[data-reason='escalation']"))
						.stream()
						.anyMatch(row -> row.getText().contains("Delivered")));
			assertThat(notificationRow(driver, "escalation").getText()).contains(ESCALATION, "Escalation");
			showNotifications(driver);
			staff.screenshot("crisis-email-03-escalated");

			driver.findElement(By.xpath("//button[normalize-space()='Acknowledge the alert']")).click();
			staff.await()
				.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice-success"),
						"Alert acknowledged"));
			assertThat(banner(driver)).contains("alert acknowledged", "by intake");

			// The second escalation is due ESCALATE_AGAIN_AFTER after the first.
			// Wait past that, then check nothing more came about this screening.
			Instant quietUntil = later(escalated.seenAt().plus(ESCALATE_AGAIN_AFTER),
					submitted.plus(ESCALATE_AFTER).plus(ESCALATE_AGAIN_AFTER))
				.plus(QUIET);
			Thread.sleep(Math.max(0, Duration.between(Instant.now(), quietUntil).toMillis()));
			assertThat(Mailbox.of(ESCALATION).messages(mail -> mail.all().contains(reference)))
				.as("escalation emails about %s", reference)
				.hasSize(1);
			assertThat(Mailbox.of(ON_CALL).messages(mail -> mail.all().contains(reference)))
				.as("on-call emails about %s", reference)
				.hasSize(1);

			driver.navigate().refresh();
			staff.await().until(ExpectedConditions.presenceOfElementLocated(By.id("notifications-caption")));
			for (WebElement row : driver.findElements(By.cssSelector("tr[data-reason='escalation-again']"))) {
				assertThat(row.getText()).doesNotContain("Delivered");
			}
			showNotifications(driver);
			staff.screenshot("crisis-email-04-acknowledged-no-further-escalation");
		}

		JsonNode alert = Http
			.json(Http.get(CarePathStack.gateway() + "/api/intake/screenings/" + screeningId,
					Keycloak.userToken("intake")))
			.path("alert");
		assertThat(alert.path("status").asString()).isEqualTo("acknowledged");
		JsonNode notifications = alert.path("notifications");
		assertThat(notifications.get(0).path("reason").asString()).isEqualTo("on-call");
		assertThat(notifications.get(0).path("recipient").asString()).isEqualTo(ON_CALL);
		assertThat(notifications.get(0).path("status").asString()).isEqualTo("sent");
		assertThat(notifications.get(1).path("reason").asString()).isEqualTo("escalation");
		assertThat(notifications.get(1).path("status").asString()).isEqualTo("sent");
		for (JsonNode notification : notifications) {
			if ("escalation-again".equals(notification.path("reason").asString())) {
				assertThat(notification.path("status").asString()).isEqualTo("cancelled");
			}
		}
	}

	/**
	 * Whatever the roster holds, {@code oncall@carepath.test} is on call for the test: an
	 * admin adds a dated exception around now through the roster page.
	 */
	private static String putOnCallForTheTest(Browser admin) {
		WebDriver driver = admin.driver();
		driver.get(CarePathStack.gateway() + "/staff/admin/on-call");
		admin.signInOnKeycloakPage("admin");
		admin.await().until(ExpectedConditions.presenceOfElementLocated(By.id("exception-form")));
		String zone = Http.json(Http.get(CarePathStack.gateway() + "/api/intake/on-call", Keycloak.userToken("admin")))
			.path("timeZone")
			.asString();
		LocalDateTime now = LocalDateTime.now(ZoneId.of(zone));
		setValue(driver, "exception-start", LOCAL.format(now.minusMinutes(10)));
		setValue(driver, "exception-end", LOCAL.format(now.plusHours(2)));
		driver.findElement(By.id("exception-primary")).sendKeys(ON_CALL);
		driver.findElement(By.id("exception-escalation")).sendKeys(ESCALATION);
		driver.findElement(By.id("exception-note")).sendKeys("End-to-end test of the crisis email");
		admin.screenshot("crisis-email-00-roster-form");
		driver.findElement(By.xpath("//button[normalize-space()='Add the exception']")).click();
		admin.await()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice-success"),
					"Exception added"));
		assertThat(driver.findElement(By.id("on-call-now")).getText()).contains(ON_CALL, ESCALATION,
				"a dated exception");
		WebElement row = driver.findElement(By.xpath("//tr[@data-exception][contains(., 'End-to-end test')]"));
		admin.screenshot("crisis-email-00-roster-with-exception");
		return row.getDomAttribute("data-exception");
	}

	private static void removeException(Browser admin, String exceptionId) {
		WebDriver driver = admin.driver();
		driver.get(CarePathStack.gateway() + "/staff/admin/on-call");
		driver.findElement(By.cssSelector("tr[data-exception='" + exceptionId + "'] button")).click();
		admin.await()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice-success"),
					"Exception deleted"));
		assertThat(driver.findElements(By.cssSelector("tr[data-exception='" + exceptionId + "']"))).isEmpty();
	}

	/**
	 * A date-time field's value as the browser's own picker would set it (typing into
	 * {@code datetime-local} depends on the browser's locale).
	 */
	private static void setValue(WebDriver driver, String id, String value) {
		((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id(id)),
				value);
	}

	/** Only the reference, a time and a link: no answer, score, item or instrument. */
	private static void assertNoHealthData(Mailbox.Mail mail) {
		assertThat(mail.all()).doesNotContainIgnoringCase("Several days")
			.doesNotContainIgnoringCase("Not at all")
			.doesNotContainIgnoringCase("better off dead")
			.doesNotContainIgnoringCase("score")
			.doesNotContainIgnoringCase("phq");
	}

	/** Scrolls the email table into the screenshot. */
	private static void showNotifications(WebDriver driver) {
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView();",
				driver.findElement(By.id("notifications-heading")));
	}

	private static String banner(WebDriver driver) {
		return driver.findElement(By.cssSelector(".crisis-banner")).getText();
	}

	private static WebElement notificationRow(WebDriver driver, String reason) {
		return driver.findElement(By.cssSelector("tr[data-reason='" + reason + "']"));
	}

	private static void reloadUntil(WebDriver driver, java.util.function.BooleanSupplier condition) {
		new WebDriverWait(driver, Duration.ofSeconds(60)).pollingEvery(Duration.ofSeconds(2)).until(d -> {
			if (condition.getAsBoolean()) {
				return true;
			}
			d.navigate().refresh();
			return condition.getAsBoolean();
		});
	}

	private static Instant later(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	/** {@code 45s} from {@code --carepath.notifications.<name>=45s}. */
	private static Duration setting(String name) {
		String prefix = "--carepath.notifications." + name + "=";
		String value = Arrays.stream(CarePathStack.NOTIFICATION_SETTINGS)
			.filter(setting -> setting.startsWith(prefix))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The e2e stack does not set " + name))
			.substring(prefix.length());
		return Duration.parse("PT" + value.toUpperCase());
	}

}
