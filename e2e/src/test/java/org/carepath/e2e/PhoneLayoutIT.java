package org.carepath.e2e;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a 390 px wide phone (an iPhone 12 to 15, 844 px tall) the first question of a
 * self-check is on the first screen: the header, the standing crisis box and the title
 * leave room for it, without scrolling.
 */
@ExtendWith(CarePathStack.class)
class PhoneLayoutIT {

	@Test
	void onA390PixelPhoneTheFirstQuestionIsVisibleWithoutScrolling() throws Exception {
		try (Browser person = new Browser()) {
			ChromeDriver driver = person.driver();
			// The phone's own viewport (CSS pixels, touch, the page's meta viewport), not
			// a
			// desktop window of that outer size whose toolbars take part of the height.
			driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", 390, "height", 844, "deviceScaleFactor", 3, "mobile", true));
			driver.get(CarePathStack.gateway() + "/check/phq-9");
			person.screenshot("phone-01-phq9-form-390");

			long viewport = ((Number) person.driver().executeScript("return window.innerHeight")).longValue();
			WebElement firstQuestion = driver.findElement(By.cssSelector(".check-form .question"));
			WebElement firstAnswer = driver.findElement(By.id("q-1-0"));
			long questionTop = firstQuestion.getRect().getY();
			long answerBottom = firstAnswer.getRect().getY() + firstAnswer.getRect().getHeight();
			assertThat(questionTop).as("top of question 1").isLessThan(viewport);
			assertThat(answerBottom).as("bottom of its first answer").isLessThanOrEqualTo(viewport);
			assertThat((long) driver.findElement(By.cssSelector(".crisis-box")).getRect().getY())
				.as("the crisis box stays above it")
				.isLessThan(questionTop);
		}
	}

}
