package org.carepath.portal.staff;

import org.carepath.portal.layout.ContinuePath;
import org.carepath.portal.layout.CurrentUser;
import org.carepath.portal.layout.RoleNavigation;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where every sign-in link points: {@code /staff/sign-in?continue=/the/page}. The gateway
 * asks for a session on {@code /staff/**}, so following the link signs the person in with
 * Keycloak and comes back here (the gateway returns to the address it was asked for);
 * this page then sends them on to the page they were on, if it is a path on this site
 * ({@link ContinuePath}), or else to where their roles start: a patient's check-ins, or
 * the staff home.
 */
@Controller
class SignInController {

	static final String PATH = "/staff/sign-in";

	@GetMapping(PATH)
	String signedIn(@RequestParam(name = "continue", required = false) @Nullable String next,
			Authentication authentication) {
		CurrentUser user = CurrentUser.of(authentication);
		String landing = RoleNavigation.landingFor((user != null) ? user.roles() : java.util.Set.of());
		return "redirect:" + ContinuePath.safe(next).orElse(landing);
	}

}
