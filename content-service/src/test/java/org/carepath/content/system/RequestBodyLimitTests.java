package org.carepath.content.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.web.ErrorResponseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestBodyLimitTests {

	private final RequestBodyLimit limit = new RequestBodyLimit();

	@Test
	void aChunkedBodyThatAnnouncesNoLengthIsStillCutOffAtTheLimit() {
		HttpInputMessage chunked = message(new byte[RequestBodyLimit.MAX_BYTES + 1], new HttpHeaders());

		assertThatThrownBy(() -> this.limit.beforeBodyRead(chunked, null, String.class, null)).isInstanceOfSatisfying(
				ErrorResponseException.class, ex -> assertThat(ex.getStatusCode().value()).isEqualTo(413));
	}

	@Test
	void aBodyWithinTheLimitIsPassedOnWhole() throws IOException {
		byte[] body = new byte[RequestBodyLimit.MAX_BYTES];

		HttpInputMessage passed = this.limit.beforeBodyRead(message(body, new HttpHeaders()), null, String.class, null);

		assertThat(passed.getBody().readAllBytes()).hasSize(RequestBodyLimit.MAX_BYTES);
	}

	private static HttpInputMessage message(byte[] body, HttpHeaders headers) {
		return new HttpInputMessage() {

			@Override
			public InputStream getBody() {
				return new ByteArrayInputStream(body);
			}

			@Override
			public HttpHeaders getHeaders() {
				return headers;
			}

		};
	}

}
