package org.carepath.gateway.errors;

import org.jspecify.annotations.Nullable;

/**
 * An RFC 9457 problem document as the gateway writes it, with the trace id as an
 * extension member.
 */
record Problem(String type, String title, int status, String detail, String instance, @Nullable String traceId) {
}
