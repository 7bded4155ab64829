package org.carepath.e2e;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A suicide-risk answer is never missed: a person answers PHQ-9 item 9 with "Several days" (total 1) in the public
 * form and sees the crisis panel before anything else; intake staff find that screening first in the queue with an
 * open alert and acknowledge it.
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

		String intake = Keycloak.userToken("intake");
		JsonNode queue = Http.json(Http.get(CarePathStack.gateway() + "/api/intake/screenings", intake));
		assertThat(queue.get(0).path("reference").asString()).isEqualTo(reference);
		assertThat(queue.get(0).path("openAlert").asBoolean()).isTrue();

		JsonNode alert = openAlertFor(reference, intake);
		assertThat(alert).as("open alert for " + reference).isNotNull();
		HttpResponse<String> acknowledged = Http.postJson(
				CarePathStack.gateway() + "/api/intake/alerts/" + alert.path("id").asString() + "/acknowledge", intake, "");
		assertThat(acknowledged.statusCode()).as(acknowledged.body()).isEqualTo(200);
		assertThat(Http.json(acknowledged).path("acknowledgedBy").asString()).isEqualTo("intake");
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
