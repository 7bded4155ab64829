package org.carepath.support.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One line per request, carrying the trace id (from the logging context), so a request
 * can be followed from the gateway through every service. Path only: query strings and
 * bodies may hold health data and never reach logs.
 */
final class AccessLogFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger("org.carepath.access");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long start = System.nanoTime();
		try {
			chain.doFilter(request, response);
		}
		finally {
			long millis = (System.nanoTime() - start) / 1_000_000;
			log.info("{} {} {} {}ms", request.getMethod(), request.getRequestURI(), response.getStatus(), millis);
		}
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		// Probes every few seconds would drown the log.
		return request.getRequestURI().startsWith("/actuator/");
	}

}
