package org.carepath.portal.me;

import org.carepath.portal.layout.RoleNavigation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A signed-in patient's own pages. A placeholder until the intake service offers "my screenings". */
@Controller
class MyCheckInsController {

	@GetMapping("/me/screenings")
	String screenings(Model model) {
		model.addAttribute("page", RoleNavigation.forPath("/me/screenings").orElseThrow());
		return "coming-soon";
	}

}
