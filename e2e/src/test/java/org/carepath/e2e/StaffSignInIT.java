package org.carepath.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clinician signs in through the real Keycloak page in a real browser, and signs out
 * again.
 */
@ExtendWith(CarePathStack.class)
class StaffSignInIT {

	private Browser browser;

	private WebDriver driver;

	private WebDriverWait wait;

	@BeforeEach
	void openBrowser() throws Exception {
		this.browser = new Browser();
		this.driver = this.browser.driver();
		this.wait = this.browser.await();
	}

	@AfterEach
	void closeBrowser() throws Exception {
		this.browser.close();
	}

	@Test
	void aClinicianSignsInThroughKeycloakAndSignsOut() {
		this.driver.get(CarePathStack.gateway() + "/");
		assertThat(this.driver.getPageSource()).contains("988");
		this.browser.screenshot("01-home-anonymous");

		this.driver.findElement(By.linkText("Staff sign in")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
		this.browser.screenshot("02-keycloak-sign-in");
		this.browser.signInOnKeycloakPage("clinician");
		this.browser.screenshot("03-signed-in-clinician");
		assertThat(this.driver.findElement(By.tagName("body")).getText()).contains("Referrals");

		this.driver.get(CarePathStack.gateway() + "/api/me");
		assertThat(this.driver.findElement(By.tagName("body")).getText()).contains("\"username\":\"clinician\"",
				"clinician", "staff");

		this.driver.get(CarePathStack.gateway() + "/");
		this.browser.signOut();
		this.browser.screenshot("04-signed-out");
		assertThat(this.driver.findElement(By.tagName("header")).getText()).doesNotContain("clinician");

		// The Keycloak session ended too: signing in again asks for the password again.
		this.driver.findElement(By.linkText("Staff sign in")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
		assertThat(this.driver.getCurrentUrl()).startsWith(CarePathStack.PORTS.keycloakUrl());
	}

}
