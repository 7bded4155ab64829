package org.carepath.portal.me;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A signed-in patient's own check-ins: each past screening in plain words, and how their
 * score moved per instrument. Patients only (SecurityConfiguration); never cached.
 */
@Controller
class MyCheckInsController {

	private final MyCheckInsClient intake;

	MyCheckInsController(MyCheckInsClient intake) {
		this.intake = intake;
	}

	@GetMapping("/me/screenings")
	String screenings(HttpServletResponse response, Model model) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		model.addAttribute("mine", this.intake.mine());
		return "me/screenings";
	}

}
