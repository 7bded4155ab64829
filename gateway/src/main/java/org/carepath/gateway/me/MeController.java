package org.carepath.gateway.me;

import java.util.stream.Stream;

import org.carepath.support.security.RealmRoles;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/me}, answered by the gateway from the session's ID token. Handler
 * methods are looked up before the gateway's routes, so this is never sent to the portal.
 * Anonymous callers never get here: security answers 401.
 */
@RestController
class MeController {

	@GetMapping("/api/me")
	Me me(@AuthenticationPrincipal OidcUser user) {
		return new Me(user.getPreferredUsername(), fullName(user), RealmRoles.roles(user.getClaims()));
	}

	private static String fullName(OidcUser user) {
		if (user.getFullName() != null) {
			return user.getFullName();
		}
		String name = String.join(" ",
				Stream.of(user.getGivenName(), user.getFamilyName())
					.filter(part -> part != null && !part.isBlank())
					.toList());
		return name.isEmpty() ? user.getPreferredUsername() : name;
	}

}
