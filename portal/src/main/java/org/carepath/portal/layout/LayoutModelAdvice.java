package org.carepath.portal.layout;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the shared layout needs on every page: who is signed in ({@code currentUser}),
 * their menu ({@code roleLinks}), where their own pages start ({@code homePath}), the
 * token for signing out ({@code csrfToken}) and the path for {@code aria-current} and
 * sign-in links ({@code currentPath}). See {@link LayoutAttributes}, which error pages
 * use too.
 */
@ControllerAdvice
class LayoutModelAdvice {

	/**
	 * The gateway's CSRF cookie: a plain token it expects back as the {@code _csrf} field
	 * of every form.
	 */
	static final String CSRF_COOKIE = "XSRF-TOKEN";

	@ModelAttribute
	void layout(HttpServletRequest request, @Nullable Authentication authentication, Model model) {
		model.addAllAttributes(LayoutAttributes.of(request, authentication));
	}

}
