package org.carepath.portal.layout;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared layout needs on every page: who is signed in, their menu, and the token for signing out. */
@ControllerAdvice
class LayoutModelAdvice {

	/** The gateway's CSRF cookie: a plain token it expects back as the {@code _csrf} field of the sign-out form. */
	static final String CSRF_COOKIE = "XSRF-TOKEN";

	@ModelAttribute("currentUser")
	@Nullable CurrentUser currentUser(@Nullable Authentication authentication) {
		return CurrentUser.of(authentication);
	}

	@ModelAttribute("roleLinks")
	List<NavLink> roleLinks(@Nullable Authentication authentication) {
		CurrentUser user = CurrentUser.of(authentication);
		return (user != null) ? RoleNavigation.linksFor(user.roles()) : List.of();
	}

	@ModelAttribute("csrfToken")
	@Nullable String csrfToken(@CookieValue(name = CSRF_COOKIE, required = false) @Nullable String token) {
		return token;
	}

	/** Lets the navigation mark the current page with {@code aria-current}. */
	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}

}
