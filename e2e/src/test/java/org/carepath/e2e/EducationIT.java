package org.carepath.e2e;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editorial loop as people meet it: a visitor finds the clinic's article, an editor
 * changes it, a clinical reviewer approves the change, and visitors then read the new
 * revision — all in a real browser, through the gateway, with real Keycloak sign-ins.
 */
@ExtendWith(CarePathStack.class)
class EducationIT {

	private static final String ARTICLE = "/learn/ketamine-addiction";

	@Test
	void publishedArticlesAreCacheableThroughTheGateway() {
		String url = CarePathStack.gateway() + "/api/content/articles/ketamine-addiction";
		HttpResponse<String> first = Http.get(url);

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.headers().firstValue("Cache-Control"))
			.hasValueSatisfying(cacheControl -> assertThat(cacheControl).contains("public").doesNotContain("no-store"));
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(first.headers().firstValue("Last-Modified")).isPresent();

		HttpResponse<String> again = Http.getWithHeader(url, "If-None-Match", etag);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
	}

	@Test
	void aVisitorFindsTheArticleAndReadsTheRevisionAReviewerApproved() throws Exception {
		try (Browser visitor = new Browser()) {
			WebDriver driver = visitor.driver();
			driver.get(CarePathStack.gateway() + "/learn");
			driver.findElement(By.id("q")).sendKeys("ketamine");
			driver.findElement(By.xpath("//form[@role='search']//button")).click();
			visitor.await()
				.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='" + ARTICLE + "']")));
			assertThat(driver.getPageSource()).contains("<mark>");
			visitor.screenshot("education-01-search-ketamine");

			driver.findElement(By.cssSelector("a[href='" + ARTICLE + "']")).click();
			visitor.await().until(ExpectedConditions.presenceOfElementLocated(By.tagName("article")));
			// The seed is the clinic's own material: honest that no reviewer has approved
			// it in CarePath yet.
			assertThat(visitor.bodyText()).contains("Anna Raab", "Is Ketamine a Benzo?", "Is Ketamine an Opioid?",
					"not yet clinically reviewed in CarePath", "988");
			visitor.screenshot("education-02-article");

			driver.findElement(By.partialLinkText("Take a confidential self-check")).click();
			visitor.await().until(ExpectedConditions.urlContains("/check/dast-10"));
			assertThat(driver.findElement(By.tagName("h1")).getText()).contains("DAST-10");
			assertThat(driver.findElements(By.cssSelector(".question-progress"))).extracting(WebElement::getText)
				.hasSize(10)
				.contains("Question 1 of 10", "Question 10 of 10");
		}

		String run = UUID.randomUUID().toString().substring(0, 8);
		String marker = "Reviewed in the end-to-end test " + run + ".";
		String faqMarker = "An answer the reviewer saw in test " + run + ".";
		String faqQuestion;
		try (Browser staff = new Browser()) {
			WebDriver driver = staff.driver();

			driver.get(CarePathStack.gateway() + "/staff/content/ketamine-addiction/edit");
			staff.signInOnKeycloakPage("editor");
			WebElement body = staff.await().until(ExpectedConditions.presenceOfElementLocated(By.id("body")));
			body.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), "\n\n" + marker);
			// The FAQ goes public with the article: its change must be reviewed too.
			WebElement firstAnswer = driver.findElement(By.id("faq-0-answer"));
			faqQuestion = driver.findElement(By.id("faq-0-question")).getDomProperty("value");
			firstAnswer.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), " " + faqMarker);
			staff.screenshot("education-03-editor");
			driver.findElement(By.xpath("//button[@value='save']")).click();
			staff.await()
				.until(ExpectedConditions
					.presenceOfElementLocated(By.xpath("//button[normalize-space()='Submit for review']")))
				.click();
			staff.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "review"));
			staff.signOut();

			driver.get(CarePathStack.gateway() + "/staff/review");
			staff.signInOnKeycloakPage("reviewer");
			staff.await()
				.until(ExpectedConditions
					.presenceOfElementLocated(By.cssSelector("a[href^='/staff/review/ketamine-addiction/']")))
				.click();
			staff.await()
				.until(ExpectedConditions
					.presenceOfElementLocated(By.xpath("//button[normalize-space()='Approve and publish']")));
			assertThat(staff.bodyText()).contains(marker);
			WebElement faqChanges = driver.findElement(By.id("change-faq")).findElement(By.xpath(".."));
			assertThat(faqChanges.getText()).contains("Changed", faqQuestion, "Published answer:", faqMarker);
			staff.screenshot("education-04-review-diff");
			driver.findElement(By.xpath("//button[normalize-space()='Approve and publish']")).click();
			staff.await()
				.until(ExpectedConditions.not(ExpectedConditions.urlMatches(".*/staff/review/ketamine-addiction/.*")));
			staff.signOut();
		}

		// A fresh browser: the article page is publicly cacheable for a few minutes.
		try (Browser visitor = new Browser()) {
			visitor.driver().get(CarePathStack.gateway() + ARTICLE);
			visitor.await().until(ExpectedConditions.presenceOfElementLocated(By.tagName("article")));
			assertThat(visitor.bodyText()).contains(marker, "Clinically reviewed by Ravi Patel");
			// Answers sit in closed <details> until opened: their text is in the page,
			// not
			// on screen.
			assertThat(visitor.driver().findElement(By.cssSelector("section.faq")).getDomProperty("textContent"))
				.contains(faqQuestion, faqMarker);
			visitor.screenshot("education-05-new-revision");
		}
	}

}
