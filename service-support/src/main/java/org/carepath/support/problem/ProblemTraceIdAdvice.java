package org.carepath.support.problem;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every problem a service answers carries the request's trace id, whichever advice or
 * controller built it, so a caller (or the clinic's support desk) can find the request in
 * the logs; and a problem left without a type gets the one its status implies.
 */
@RestControllerAdvice
class ProblemTraceIdAdvice implements ResponseBodyAdvice<Object> {

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType,
			MediaType selectedContentType, Class<? extends HttpMessageConverter<?>> selectedConverterType,
			ServerHttpRequest request, ServerHttpResponse response) {
		if (body instanceof ProblemDetail problem) {
			if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
				problem.setType(Problems.typeFor(org.springframework.http.HttpStatusCode.valueOf(problem.getStatus())));
			}
			String traceId = MDC.get("traceId");
			if (traceId != null
					&& (problem.getProperties() == null || !problem.getProperties().containsKey("traceId"))) {
				problem.setProperty("traceId", traceId);
			}
		}
		return body;
	}

}
