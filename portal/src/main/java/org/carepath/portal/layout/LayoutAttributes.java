package org.carepath.portal.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;

/**
 * The model the shared layout reads, for pages rendered outside a handler method
 * (exception handlers do not get {@code @ModelAttribute}s), so an error in the staff area
 * still shows who is signed in and their menu.
 */
public final class LayoutAttributes {

	private LayoutAttributes() {
	}

	public static Map<String, @Nullable Object> of(HttpServletRequest request,
			@Nullable Authentication authentication) {
		CurrentUser user = CurrentUser.of(authentication);
		Map<String, @Nullable Object> model = new HashMap<>();
		model.put("currentUser", user);
		model.put("roleLinks", (user != null) ? RoleNavigation.linksFor(user.roles()) : List.of());
		model.put("homePath", (user != null) ? RoleNavigation.landingFor(user.roles()) : "/");
		model.put("csrfToken", csrfCookie(request));
		model.put("currentPath", request.getRequestURI());
		return model;
	}

	private static @Nullable String csrfCookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (LayoutModelAdvice.CSRF_COOKIE.equals(cookie.getName())) {
					return cookie.getValue();
				}
			}
		}
		return null;
	}

}
