package org.carepath.portal.staff;

import org.carepath.portal.layout.CurrentUser;
import org.carepath.portal.layout.NavLink;
import org.carepath.portal.layout.RoleNavigation;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
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

	/**
	 * The staff home; a patient with no staff role has nothing here and is sent to their
	 * own check-ins instead.
	 */
	@GetMapping("/staff")
	String home(Authentication authentication) {
		CurrentUser user = CurrentUser.of(authentication);
		if (user != null && RoleNavigation.landingFor(user.roles()).equals(RoleNavigation.PATIENT_HOME)) {
			return "redirect:" + RoleNavigation.PATIENT_HOME;
		}
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
