package org.carepath.portal.check;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class CheckController {

	private final IntakeClient intake;

	CheckController(IntakeClient intake) {
		this.intake = intake;
	}

	@GetMapping("/check")
	String instruments(Model model) {
		model.addAttribute("instruments", this.intake.instruments());
		return "check/instruments";
	}

}
