package org.carepath.gateway.sessions;

import java.time.Duration;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.server.WebSession;

/**
 * A session nobody signed in to (a sign-in started, or a staff page asked for while
 * signed out) lives {@code carepath.gateway.session.sign-in-timeout}; signing in gives it
 * the full idle timeout. Abandoned sign-ins, and floods of them, so leave little behind
 * in Redis. This filter also saves a started session before the answer is written (see
 * {@link #saveBeforeAnswering}). Sessions are only looked up when the request carries a
 * session cookie, so a request without one never waits for Redis here.
 */
@Component
public class SessionLifetime implements WebFilter, Ordered, ServerAuthenticationSuccessHandler {

	private final Duration signInTimeout;

	private final Duration signedInTimeout;

	private final SessionFreeRequests sessionFree;

	SessionLifetime(SessionProperties properties,
			@Value("${server.reactive.session.timeout:30m}") Duration signedInTimeout,
			SessionFreeRequests sessionFree) {
		this.signInTimeout = properties.signInTimeout();
		this.signedInTimeout = signedInTimeout;
		this.sessionFree = sessionFree;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (this.sessionFree.test(exchange.getRequest())) {
			// Not even an empty session object: nothing in this request can start one.
			return chain.filter(exchange);
		}
		return exchange.getSession()
			.doOnNext(this::shortenUnlessSignedIn)
			.flatMap(session -> chain.filter(exchange).then(Mono.defer(() -> saveBeforeAnswering(exchange, session))));
	}

	/**
	 * WebFlux saves a session as the answer starts, too late to answer anything but a 500
	 * if Redis fails. Saved here first, a failure is still an error the error handler
	 * turns into a 503; the session is then given up, so the late save does not try again
	 * (and the browser's cookie for it is deleted).
	 */
	private static Mono<Void> saveBeforeAnswering(ServerWebExchange exchange, WebSession session) {
		if (!session.isStarted() || session.isExpired() || exchange.getResponse().isCommitted()) {
			return Mono.empty();
		}
		return session.save().onErrorResume(ex -> session.invalidate().onErrorComplete().then(Mono.error(ex)));
	}

	private void shortenUnlessSignedIn(WebSession session) {
		if (session.getAttribute(
				WebSessionServerSecurityContextRepository.DEFAULT_SPRING_SECURITY_CONTEXT_ATTR_NAME) == null) {
			session.setMaxIdleTime(this.signInTimeout);
		}
	}

	/** Part of the sign-in success handlers: the session now holds a signed-in person. */
	@Override
	public Mono<Void> onAuthenticationSuccess(WebFilterExchange webFilterExchange, Authentication authentication) {
		return webFilterExchange.getExchange()
			.getSession()
			.doOnNext(session -> session.setMaxIdleTime(this.signedInTimeout))
			.then();
	}

	@Override
	public int getOrder() {
		// Before Spring Security's filter chain (-100), which starts sign-in sessions;
		// after the rate limit, so a refused request never reaches the session store.
		return -150;
	}

}
