package org.carepath.content.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;

import org.carepath.support.problem.Problems;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Refuses request bodies over 2 MB with 413 before they are parsed: the largest article
 * body (200,000 characters, up to 4 bytes each in UTF-8, more when JSON-escaped) fits
 * with room to spare, so a body that is merely too long gets the 400 that names the
 * field; a flood does not reach the JSON parser. Chunked bodies, which announce no
 * length, are read up to the limit and no further.
 */
@ControllerAdvice
class RequestBodyLimit extends RequestBodyAdviceAdapter {

	static final int MAX_BYTES = 2 * 1024 * 1024;

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
		if (input.getHeaders().getContentLength() > MAX_BYTES) {
			throw tooLarge();
		}
		byte[] body = input.getBody().readNBytes(MAX_BYTES + 1);
		if (body.length > MAX_BYTES) {
			throw tooLarge();
		}
		return new HttpInputMessage() {

			@Override
			public InputStream getBody() {
				return new ByteArrayInputStream(body);
			}

			@Override
			public HttpHeaders getHeaders() {
				return input.getHeaders();
			}

		};
	}

	private static ErrorResponseException tooLarge() {
		HttpStatus status = HttpStatus.valueOf(413);
		return new ErrorResponseException(status,
				Problems.of(status, "Payload too large", "Request bodies are limited to 2 MB."), null);
	}

}
