package org.carepath.e2e;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole referral loop as its people meet it: a person's DAST-10 self-check comes out
 * high; the screening event makes a referral suggestion; {@code clinician} refers the
 * person to Harbor in the browser with a complete, signed consent, whose description of
 * the information follows the share choices on the page and is stored exactly as the
 * patient read it; the example partner program (running for {@code harbor}) receives the
 * event on its own topic and accepts; staff see "accepted" and one disclosure in the
 * accounting, and the screening shows its referral (intake links it from the referral
 * lifecycle). Summit's token cannot see the referral; Harbor's can.
 */
@ExtendWith(CarePathStack.class)
class ReferralIT {

	private static final Pattern REFERRAL_URL = Pattern.compile("/staff/referrals/([0-9a-f-]{36})");

	@Test
	void aClinicianRefersAHighRiskScreeningToHarborWhichAcceptsAndSummitCannotSeeIt() throws Exception {
		String reference = highRiskSelfCheck();
		String referralId;
		String screeningId;

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
			WebElement description = driver.findElement(By.id("information-description"));
			String standard = description.getDomProperty("value");
			driver.findElement(By.id("share-contact-yes")).click();
			driver.findElement(By.id("share-scores-yes")).click();
			// The description follows the choices on the page (referral-consent.js): what
			// the
			// patient reads is the text for what is shared.
			staff.await().until(d -> description.getDomProperty("value").contains("screening result"));
			String shown = description.getDomProperty("value");
			assertThat(shown).isNotEqualTo(standard).contains("contact details");
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
			assertThat(staff.bodyText())
				.contains("Referral made", "Requested: waiting for the program's answer", shown,
						"When Harbor has completed the assessment")
				.doesNotContainIgnoringCase("when when");
			staff.screenshot("referral-04-requested");

			// What the patient read is what the referral service stored, byte for byte.
			HttpResponse<String> stored = Http.get(CarePathStack.gateway() + "/api/referrals/" + referralId,
					Keycloak.userToken("clinician"));
			assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
			assertThat(Http.json(stored).at("/consent/informationDescription").asString()).isEqualTo(shown);
			screeningId = Http.json(stored).path("screeningId").asString();

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

			// Intake linked the referral to the screening from the referral lifecycle;
			// the
			// portal wrote nothing to intake.
			driver.get(CarePathStack.gateway() + "/staff/screenings/" + screeningId);
			reloadUntil(driver, () -> !driver.findElements(By.id("referrals")).isEmpty()
					&& driver.findElement(By.id("referrals")).getText().contains("Accepted by the program"));
			assertThat(driver.findElement(By.cssSelector("#referrals a")).getAttribute("href"))
				.endsWith("/staff/referrals/" + referralId);
			staff.screenshot("referral-07-screening-shows-referral");
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
