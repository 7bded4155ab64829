package org.carepath.gateway.security;

import java.util.Map;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.codec.FormHttpMessageReader;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebExchangeDecorator;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * The portal's forms post {@code application/x-www-form-urlencoded} with the CSRF token
 * as a {@code _csrf} field. Checking it reads the request body, which can be read only
 * once, and the gateway must still forward it. So such bodies are read into memory first
 * and replayed for both. The limit fits the largest article an editor may save (200,000
 * characters, percent-encoded) and matches Tomcat's form limit in the portal behind.
 */
@Component
class FormBodyCachingFilter implements WebFilter, Ordered {

	static final int MAX_FORM_BYTES = 2 * 1024 * 1024;

	private static final ResolvableType FORM_TYPE = ResolvableType.forClassWithGenerics(MultiValueMap.class,
			String.class, String.class);

	private final FormHttpMessageReader formReader = new FormHttpMessageReader();

	FormBodyCachingFilter() {
		this.formReader.setMaxInMemorySize(MAX_FORM_BYTES);
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		if (HttpMethod.GET.equals(request.getMethod()) || !isForm(request)) {
			return chain.filter(exchange);
		}
		return DataBufferUtils.join(request.getBody(), MAX_FORM_BYTES)
			.map(FormBodyCachingFilter::bytes)
			.defaultIfEmpty(new byte[0])
			.onErrorMap(DataBufferLimitException.class,
					ex -> new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "Form too large"))
			.flatMap(body -> {
				ServerHttpRequest replaying = replaying(exchange, body);
				// Parsed here, so that a form that cannot be parsed (broken
				// percent-encoding: a lone or non-hex %) is refused as the client's error
				// before anything reads it.
				return this.formReader.readMono(FORM_TYPE, replaying, Map.of())
					.onErrorMap(IllegalArgumentException.class,
							ex -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "Malformed form", ex))
					.defaultIfEmpty(new LinkedMultiValueMap<>())
					.flatMap(form -> chain.filter(withForm(exchange, replaying, form)));
			});
	}

	private static ServerHttpRequest replaying(ServerWebExchange exchange, byte[] body) {
		return new ServerHttpRequestDecorator(exchange.getRequest()) {
			@Override
			public Flux<DataBuffer> getBody() {
				return Flux.defer(() -> Flux.just(exchange.getResponse().bufferFactory().wrap(body)));
			}
		};
	}

	private static ServerWebExchange withForm(ServerWebExchange exchange, ServerHttpRequest replaying,
			MultiValueMap<String, String> form) {
		Mono<MultiValueMap<String, String>> formData = Mono.just(form);
		return new ServerWebExchangeDecorator(exchange.mutate().request(replaying).build()) {
			@Override
			public Mono<MultiValueMap<String, String>> getFormData() {
				return formData;
			}
		};
	}

	/**
	 * A content type that cannot even be parsed is no form the portal sent: it passes on
	 * unread, and whoever must read it refuses it.
	 */
	private static boolean isForm(ServerHttpRequest request) {
		try {
			return MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(request.getHeaders().getContentType());
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	private static byte[] bytes(DataBuffer buffer) {
		try {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			return bytes;
		}
		finally {
			DataBufferUtils.release(buffer);
		}
	}

	@Override
	public int getOrder() {
		// Before Spring Security's filter chain (-100), where the CSRF check reads the
		// form.
		return -200;
	}

}
