package org.carepath.portal.system;

import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.carepath.portal.layout.LayoutAttributes;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.View;

/**
 * Renders the 401 and 403 pages straight from the security filters, in the site layout
 * with the crisis line, who is signed in and Sign out (a person refused a page must still
 * be able to see whose account this is and leave it). Rendering here (rather than
 * {@code sendError}) gives the same answer with or without a servlet container.
 */
final class PageErrorResponder implements AuthenticationEntryPoint, AccessDeniedHandler {

	// Looked up on first use: the security filter chain is built before the MVC view
	// infrastructure.
	private final ObjectProvider<ThymeleafViewResolver> views;

	PageErrorResponder(ObjectProvider<ThymeleafViewResolver> views) {
		this.views = views;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException, ServletException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		render(request, response, HttpServletResponse.SC_UNAUTHORIZED, "error/401");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException, ServletException {
		render(request, response, HttpServletResponse.SC_FORBIDDEN, "error/403");
	}

	private void render(HttpServletRequest request, HttpServletResponse response, int status, String viewName)
			throws IOException, ServletException {
		response.setStatus(status);
		try {
			View view = this.views.getObject().resolveViewName(viewName, Locale.ENGLISH);
			Map<String, @Nullable Object> model = new HashMap<>(
					LayoutAttributes.of(request, SecurityContextHolder.getContext().getAuthentication()));
			model.put("status", status);
			view.render(model, request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new ServletException("Could not render " + viewName, ex);
		}
	}

}
