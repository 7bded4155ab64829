package org.carepath.gateway.errors;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.carepath.gateway.tracing.TraceIds;
import org.carepath.support.problem.Problems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes the gateway's own error answers: {@code application/problem+json} for programs,
 * and for a browser that asks for a page a tiny self-contained HTML page that always
 * shows the crisis line, because the person reading it may be in crisis and the portal
 * that would normally help them is down.
 */
@Component
public class ProblemResponses {

	private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

	private static final List<MediaType> HTML_TYPES = List.of(MediaType.TEXT_HTML, MediaType.APPLICATION_XHTML_XML);

	private static final List<MediaType> JSON_TYPES = List.of(MediaType.APPLICATION_JSON,
			MediaType.APPLICATION_PROBLEM_JSON);

	private final JsonMapper jsonMapper;

	ProblemResponses(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	public Mono<Void> write(ServerWebExchange exchange, GatewayProblem problem) {
		return write(exchange, problem.status(), problem.type(), problem.title(), problem.detail(),
				problem.isUnavailable(), null);
	}

	/** With a {@code Retry-After} header (a rate limit's refusal, for example). */
	public Mono<Void> write(ServerWebExchange exchange, GatewayProblem problem, Duration retryAfter) {
		return write(exchange, problem.status(), problem.type(), problem.title(), problem.detail(),
				problem.isUnavailable(), retryAfter);
	}

	/**
	 * For plain HTTP errors (400, 405, 413 …): the type the services give the same
	 * status.
	 */
	public Mono<Void> write(ServerWebExchange exchange, HttpStatus status) {
		return write(exchange, status, Problems.typeFor(status).toString(), status.getReasonPhrase(),
				status.getReasonPhrase() + ".", status.is5xxServerError(), null);
	}

	private Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String type, String title, String detail,
			boolean unavailable, @Nullable Duration retryAfter) {
		ServerHttpResponse response = exchange.getResponse();
		if (response.isCommitted()) {
			return Mono.empty();
		}
		String traceId = TraceIds.of(exchange);
		byte[] body;
		// Whatever the failed backend may have set so far is not part of this answer.
		response.getHeaders().clear();
		response.setStatusCode(status);
		if (prefersHtml(exchange.getRequest().getHeaders())) {
			response.getHeaders().setContentType(HTML);
			body = page(title, detail, unavailable, traceId).getBytes(StandardCharsets.UTF_8);
		}
		else {
			response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
			String instance = exchange.getRequest().getPath().value();
			body = this.jsonMapper
				.writeValueAsBytes(new Problem(type, title, status.value(), detail, instance, traceId));
		}
		if (retryAfter != null) {
			response.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
		}
		else if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			response.getHeaders().set(HttpHeaders.RETRY_AFTER, "30");
		}
		response.getHeaders().setContentLength(body.length);
		return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
	}

	private static boolean prefersHtml(HttpHeaders headers) {
		try {
			return prefersHtml(headers.getAccept());
		}
		catch (InvalidMediaTypeException ex) {
			// An Accept header that cannot be read states no wish for a page.
			return false;
		}
	}

	/**
	 * Only an explicit wish for HTML that outranks any wish for JSON: {@code *}/{@code *}
	 * gets JSON.
	 */
	static boolean prefersHtml(List<MediaType> accepted) {
		double html = quality(accepted, HTML_TYPES);
		return html > 0 && html > quality(accepted, JSON_TYPES);
	}

	private static double quality(List<MediaType> accepted, List<MediaType> wanted) {
		return accepted.stream()
			.filter(type -> !type.isWildcardType() && !type.isWildcardSubtype())
			.filter(type -> wanted.stream().anyMatch(type::equalsTypeAndSubtype))
			.mapToDouble(MediaType::getQualityValue)
			.max()
			.orElse(0);
	}

	// No styles and no scripts: the gateway's own CSP allows none inline, and the page
	// must work on anything.
	private static String page(String title, String detail, boolean unavailable, String traceId) {
		String heading = unavailable ? "CarePath is temporarily unavailable" : HtmlUtils.htmlEscape(title);
		String text = unavailable ? "We are sorry. Please try again in a few minutes." : HtmlUtils.htmlEscape(detail);
		String reference = (traceId != null) ? "<p>Reference: " + HtmlUtils.htmlEscape(traceId) + "</p>\n" : "";
		return """
				<!DOCTYPE html>
				<html lang="en">
				<head>
				<meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%1$s</title>
				</head>
				<body>
				<main>
				<h1>%1$s</h1>
				<p>%2$s</p>
				<p><strong>If you are in crisis, call or text <a href="tel:988">988</a></strong>
				(988 Suicide &amp; Crisis Lifeline, any time, free and confidential).
				<strong>In an emergency, call <a href="tel:911">911</a>.</strong></p>
				%3$s</main>
				</body>
				</html>
				""".formatted(heading, text, reference);
	}

}
