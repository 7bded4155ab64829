package org.carepath.portal.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.carepath.portal.layout.LayoutAttributes;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A service refusal no page handled itself becomes a page a person can act on: sign in
 * (401), not allowed (403), not found (404), the service's reason (other 4xx), or
 * "temporarily unavailable" (5xx, unreachable). Pages with a form catch 400 and 409
 * themselves and re-render the form instead.
 */
@ControllerAdvice
class ServiceProblemPages {

	private static final Logger log = LoggerFactory.getLogger(ServiceProblemPages.class);

	@ExceptionHandler(ServiceProblem.class)
	ModelAndView serviceProblem(ServiceProblem problem, HttpServletRequest request, HttpServletResponse response,
			@Nullable Authentication authentication) {
		int status = problem.status();
		ModelAndView page = new ModelAndView(viewFor(status));
		page.addAllObjects(LayoutAttributes.of(request, authentication));
		page.addObject("status", status);
		page.addObject("detail", problem.detail());
		if (status == 401) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		}
		if (problem.isUnavailable()) {
			// Status and type only: a body may carry article text or names.
			log.warn("Page unavailable: a service answered {}", status);
			status = 503;
		}
		page.setStatus(HttpStatus.valueOf(status));
		return page;
	}

	private static String viewFor(int status) {
		return switch (status) {
			case 401 -> "error/401";
			case 403 -> "error/403";
			case 404 -> "error/404";
			default -> (status >= 500) ? "error/unavailable" : "error/refused";
		};
	}

}
