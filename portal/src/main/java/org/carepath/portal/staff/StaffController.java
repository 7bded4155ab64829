package org.carepath.portal.staff;

import org.carepath.portal.layout.NavLink;
import org.carepath.portal.layout.RoleNavigation;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The staff home and, until they are built, a placeholder for each staff page. Sign-in is
 * enforced upstream.
 */
@Controller
class StaffController {

	@GetMapping("/staff")
	String home() {
		return "staff/home";
	}

	@GetMapping("/staff/{section}")
	String section(@PathVariable String section, Model model) {
		NavLink page = RoleNavigation.forPath("/staff/" + section)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("page", page);
		return "coming-soon";
	}

}
