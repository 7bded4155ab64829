package org.carepath.portal.system;

import java.util.List;

import org.carepath.portal.StubServices;
import org.carepath.support.test.RequestFuzzer;
import org.carepath.support.test.RequestFuzzer.Target;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A few hundred malformed requests (fixed seed) against the portal's pages and forms on a
 * real servlet container: none is answered with a 5xx, and none reaches a service as a
 * write.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class MalformedRequestFuzzTests {

	private static final String PHQ9_FORM = "a1=LA6568-5&a2=LA6568-5&a3=LA6568-5&a4=LA6568-5&a5=LA6568-5"
			+ "&a6=LA6568-5&a7=LA6568-5&a8=LA6568-5&a9=LA6568-5";

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("carepath.services.intake-url", StubServices.get()::url);
		registry.add("carepath.services.content-url", StubServices.get()::url);
		registry.add("carepath.services.referral-url", StubServices.get()::url);
	}

	@Test
	void malformedRequestsGetNo5xxAndReachNoServiceAsAWrite() throws Exception {
		StubServices.get().reset();
		List<Target> targets = List.of(new Target("POST", "/check/phq-9", PHQ9_FORM),
				new Target("POST", "/check/contact", "screening=abc&name=A&phone=555&consent=on"),
				new Target("GET", "/check/phq-9", null), new Target("GET", "/learn", null),
				new Target("GET", "/", null), new Target("POST", "/staff/screenings/x/status", "status=closed"),
				new Target("POST", "/staff/content/preview", "body=%23+Title"));

		List<String> serverErrors = new RequestFuzzer(20261206L, "127.0.0.1:" + this.port, targets)
			.serverErrors(this.port, 300);

		assertThat(serverErrors).isEmpty();
		assertThat(StubServices.get().requests())
			.noneMatch(request -> List.of("POST", "PUT", "DELETE").contains(request.method()));
	}

}
