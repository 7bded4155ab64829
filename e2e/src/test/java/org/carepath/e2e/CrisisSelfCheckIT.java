package org.carepath.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A suicide-risk answer is never missed: a person answers PHQ-9 item 9 with "Several
 * days" (total 1) in the public form and sees the crisis panel before anything else;
 * {@code intake} signs in to the staff portal, finds that screening first in the queue
 * with an open alert, acknowledges it and sees it acknowledged under their name.
 */
@ExtendWith(CarePathStack.class)
class CrisisSelfCheckIT {

	@Test
	void item9AboveNotAtAllShowsTheCrisisPanelFirstAndOpensAnAlertStaffAcknowledge() throws Exception {
		String reference;
		try (Browser person = new Browser()) {
			WebDriver driver = person.driver();
			driver.get(CarePathStack.gateway() + "/check/phq-9");
			assertThat(person.bodyText()).contains("988", "not watched around the clock");
			for (int item = 1; item <= 8; item++) {
				driver.findElement(By.id("q-" + item + "-0")).click(); // Not at all
			}
			driver.findElement(By.id("q-9-1")).click(); // Several days
			person.screenshot("crisis-01-phq9-form");
			driver.findElement(By.xpath("//button[normalize-space()='See my result']")).click();

			WebElement main = person.await()
				.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main .crisis-alert")))
				.findElement(By.xpath("ancestor::main"));
			WebElement first = main.findElement(By.xpath("./*[1]"));
			assertThat(first.getAttribute("class")).as("the first thing on the result page").contains("crisis-alert");
			assertThat(first.getText()).contains("988", "911");
			reference = driver.findElement(By.cssSelector(".reference-code")).getText().strip();
			person.screenshot("crisis-02-result-with-crisis-panel");
		}

		try (Browser staff = new Browser()) {
			WebDriver driver = staff.driver();
			driver.get(CarePathStack.gateway() + "/staff/queue");
			staff.signInOnKeycloakPage("intake");
			staff.await().until(ExpectedConditions.presenceOfElementLocated(By.id("queue-caption")));
			staff.screenshot("crisis-03-staff-queue-with-open-alert");

			// The open alert section comes before the queue, and this screening heads
			// both.
			WebElement firstAlert = driver.findElement(By.cssSelector(".alert-section .alert-item"));
			assertThat(firstAlert.getText()).contains(reference);
			WebElement firstRow = driver.findElement(By.cssSelector(".queue-table tbody tr"));
			assertThat(firstRow.findElement(By.tagName("th")).getText()).contains(reference, "Crisis: alert open");

			firstAlert.findElement(By.xpath(".//button[normalize-space()='Acknowledge']")).click();
			staff.await()
				.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice-success"),
						"Alert acknowledged"));
			assertThat(driver
				.findElements(By.xpath("//*[contains(@class,'alert-item')][contains(., '" + reference + "')]")))
				.as("no open alert left for " + reference)
				.isEmpty();
			staff.screenshot("crisis-04-alert-acknowledged");

			driver.findElement(By.linkText(reference)).click();
			staff.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".crisis-banner")));
			String banner = driver.findElement(By.cssSelector(".crisis-banner")).getText();
			assertThat(banner).contains("alert acknowledged", "by intake");
			assertThat(driver.findElements(By.xpath("//button[normalize-space()='Acknowledge the alert']"))).isEmpty();
			staff.screenshot("crisis-05-screening-acknowledged-by-intake");
		}

		String intake = Keycloak.userToken("intake");
		assertThat(openAlertFor(reference, intake)).isNull();
	}

	private static JsonNode openAlertFor(String reference, String token) {
		for (JsonNode alert : Http.json(Http.get(CarePathStack.gateway() + "/api/intake/alerts?status=open", token))) {
			if (reference.equals(alert.path("screeningReference").asString())) {
				return alert;
			}
		}
		return null;
	}

}
