package org.carepath.portal.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.carepath.portal.Html;
import org.carepath.portal.StubServices;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error pages through a real servlet container on a loopback port: MockMvc does not
 * perform the container's error dispatch, so only this shows what a person actually gets
 * for a missing page or a failure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@Import(ErrorPagesTests.FailingController.class)
class ErrorPagesTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("carepath.services.intake-url", StubServices.get()::url);
		registry.add("carepath.services.content-url", StubServices.get()::url);
	}

	@Test
	void aMissingPageGetsAFriendly404InTheSiteLayout() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/no-such-page")).build());

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains("We can't find that page", "href=\"/check\"");
		Html.assertAccessibleLayout(response.body());
	}

	@Test
	void aFailureGetsAnApologyWithoutStackTraceOrDetail() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/test/failure")).build());

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("something went wrong on our side")
			.doesNotContain("secret-detail-4711", "IllegalStateException", "at org.", "Whitelabel");
		Html.assertAccessibleLayout(response.body());
	}

	@Test
	void aRequestThePortalCannotHandleGetsTheGeneric4xxPage() throws Exception {
		HttpResponse<String> response = send(
				HttpRequest.newBuilder(uri("/")).POST(HttpRequest.BodyPublishers.ofString("x=1")).build());

		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.body()).contains("We couldn't handle that request");
		Html.assertAccessibleLayout(response.body());
	}

	@Test
	void theStaffAreaWithoutATokenGetsTheSignInPage() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/staff")).build());

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("Please sign in", "href=\"/staff\"");
		Html.assertAccessibleLayout(response.body());
	}

	@Test
	void theStylesheetIsServedFromTheSameOrigin() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/css/portal.css")).build());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
		assertThat(response.body()).contains(":focus-visible", "min-height: 44px");
	}

	@Test
	void theEditorsLivePreviewScriptIsServedFromTheSameOrigin() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/js/editor-preview.js")).build());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).contains("javascript"));
		assertThat(response.body()).contains("X-XSRF-TOKEN", "data-preview-url").doesNotContain("eval(");
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private HttpResponse<String> send(HttpRequest request) throws Exception {
		return this.http.send(HttpRequest.newBuilder(request.uri())
			.method(request.method(), request.bodyPublisher().orElse(HttpRequest.BodyPublishers.noBody()))
			.header("Accept", "text/html")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Controller
	static class FailingController {

		@GetMapping("/test/failure")
		String fail() {
			throw new IllegalStateException("secret-detail-4711");
		}

	}

}
