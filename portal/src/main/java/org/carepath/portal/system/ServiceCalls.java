package org.carepath.portal.system;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * The shape every signed-in client gives its {@code RestClient} calls: whatever goes
 * wrong arrives as a {@link ServiceProblem}, a list answer never holds {@code null}, and
 * a missing body where one is due is the service's fault (502), not a page's
 * {@code NullPointerException}.
 */
public final class ServiceCalls {

	private ServiceCalls() {
	}

	/** Runs the call, translating whatever it throws with {@link ServiceProblem#of}. */
	public static <T> T call(Supplier<T> call) {
		try {
			return call.get();
		}
		catch (RuntimeException ex) {
			throw ServiceProblem.of(ex);
		}
	}

	/**
	 * The list the service answered, without {@code null} items; empty when it answered
	 * no body.
	 */
	public static <T> List<T> list(@Nullable List<T> items) {
		return (items != null) ? items.stream().filter(Objects::nonNull).toList() : List.of();
	}

	/**
	 * The body the service answered; a 502 {@link ServiceProblem} when there was none.
	 */
	public static <T> T required(@Nullable T body) {
		if (body == null) {
			throw new ServiceProblem(502, null, null, List.of());
		}
		return body;
	}

}
