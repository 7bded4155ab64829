package org.carepath.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headless Debian Chromium driven by Debian's chromedriver. Pointing Selenium at both
 * binaries means Selenium Manager never runs, so nothing is downloaded. Missing binaries
 * fail the test loudly: CI installs them.
 */
final class Browser implements AutoCloseable {

	private static final File CHROMIUM = new File("/usr/bin/chromium");

	private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	private final ChromeDriver driver;

	private final Path profile;

	private final Path screenshots;

	private final WebDriverWait wait;

	Browser() throws IOException {
		if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
			throw new IllegalStateException(
					"Browser tests need Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver");
		}
		this.profile = Files.createTempDirectory("carepath-e2e-chromium");
		this.screenshots = Path.of(System.getProperty("carepath.e2e.screenshots", "target/screenshots"));
		Files.createDirectories(this.screenshots);
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + this.profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
		this.wait = new WebDriverWait(this.driver, Duration.ofSeconds(60));
	}

	WebDriverWait await() {
		return this.wait;
	}

	/**
	 * On Keycloak's own sign-in page (reached through the gateway's PKCE redirect): the
	 * demo password is {@code <user>-dev}.
	 */
	void signInOnKeycloakPage(String username) {
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
		assertThat(this.driver.getCurrentUrl()).startsWith(CarePathStack.PORTS.keycloakUrl())
			.contains("code_challenge_method=S256");
		this.driver.findElement(By.id("username")).sendKeys(username);
		this.driver.findElement(By.id("password")).sendKeys(username + "-dev");
		this.driver.findElement(By.id("kc-login")).click();
		this.wait.until(ExpectedConditions.urlContains(CarePathStack.gateway()));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("header"), username));
	}

	/**
	 * The header's sign-out button: ends the gateway session and the Keycloak session.
	 */
	void signOut() {
		this.driver.findElement(By.xpath("//button[normalize-space()='Sign out']")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("Staff sign in")));
	}

	String bodyText() {
		return this.driver.findElement(By.tagName("body")).getText();
	}

	ChromeDriver driver() {
		return this.driver;
	}

	/**
	 * Saves what the browser shows as {@code target/screenshots/<name>.png}, the test's
	 * evidence.
	 */
	Path screenshot(String name) {
		try {
			Path target = this.screenshots.resolve(name + ".png");
			Files.copy(this.driver.getScreenshotAs(OutputType.FILE).toPath(), target,
					StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() throws IOException {
		this.driver.quit();
		try (var files = Files.walk(this.profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
	}

}
