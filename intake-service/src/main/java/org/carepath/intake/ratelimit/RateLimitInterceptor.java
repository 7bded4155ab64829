package org.carepath.intake.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.carepath.support.problem.Problems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Limits anonymous writes per client before the controller runs, so a refused request
 * stores nothing. Staff are never limited. The client is {@code request.getRemoteAddr()}:
 * behind the gateway or the portal, Tomcat's RemoteIpValve
 * ({@code server.forward-headers-strategy: native}) has already replaced it with the
 * address from {@code X-Forwarded-For}, trusted only from internal proxies. The address
 * is never logged.
 */
final class RateLimitInterceptor implements HandlerInterceptor {

	private final ClientRateLimiter limiter;

	RateLimitInterceptor(ClientRateLimiter limiter) {
		this.limiter = limiter;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!HttpMethod.POST.matches(request.getMethod()) || isStaff()) {
			return true;
		}
		Optional<Duration> wait = this.limiter.tryAcquire(request.getRemoteAddr());
		if (wait.isEmpty()) {
			return true;
		}
		// Whole seconds, rounded up: a client waiting exactly that long gets through.
		long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
		ErrorResponseException refused = Problems.exception(HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
				"Too many requests", "Too many requests from your connection just now. Please try again in " + seconds
						+ " seconds." + " Nothing was stored.",
				Map.of("retryAfterSeconds", seconds));
		refused.getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
		throw refused;
	}

	private static boolean isStaff() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& authentication.getAuthorities()
					.stream()
					.anyMatch(authority -> "ROLE_staff".equals(authority.getAuthority()));
	}

}
