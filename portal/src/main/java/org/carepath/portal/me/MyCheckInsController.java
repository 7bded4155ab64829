package org.carepath.portal.me;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.carepath.portal.system.BearerTokenRelay;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.client.RestClient;

import static org.carepath.portal.system.ServiceCalls.call;

/**
 * A signed-in patient's own check-ins: each past screening in plain words, and how their
 * score moved per instrument. Intake decides whose screenings these are from the relayed
 * token. Patients only (SecurityConfiguration); never cached.
 */
@Controller
class MyCheckInsController {

	private final RestClient restClient;

	MyCheckInsController(RestClient.Builder builder, @Value("${carepath.services.intake-url}") String intakeUrl) {
		this.restClient = builder.clone().baseUrl(intakeUrl).requestInterceptor(BearerTokenRelay.interceptor()).build();
	}

	@GetMapping("/me/screenings")
	String screenings(HttpServletResponse response, Model model) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		model.addAttribute("mine", mine());
		return "me/screenings";
	}

	private MyScreenings mine() {
		@Nullable MyScreenings mine = call(() -> this.restClient.get()
			.uri("/api/intake/my/screenings")
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.body(MyScreenings.class));
		return (mine != null) ? mine : new MyScreenings(List.of(), List.of());
	}

}
