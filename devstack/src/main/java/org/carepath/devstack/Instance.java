package org.carepath.devstack;

/**
 * One running instance of a part of the stack, as {@code .carepath/run/instances.json}
 * lists it: {@code part} is e.g. {@code gateway}, {@code intake-service}, {@code kafka},
 * {@code postgres}; {@code url} an HTTP base URL, or {@code host:port} for Kafka, Redis
 * and PostgreSQL; {@code pid} the process the supervisor watches (0 while none runs).
 */
public record Instance(String part, int instance, String url, long pid) {
}
