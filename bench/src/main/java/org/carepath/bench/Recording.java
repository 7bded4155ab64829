package org.carepath.bench;

import io.gatling.javaapi.core.Session;

/** From a virtual user's session after a request into {@link Samples}. */
final class Recording {

	static final String TIME = "benchTime";

	static final String STATUS = "benchStatus";

	private Recording() {
	}

	/**
	 * Records the last response (a status check saves the status only when it passed) and
	 * forgets it, so the next request starts clean.
	 */
	static Session record(String name, Session session) {
		if (session.contains(STATUS) && session.contains(TIME)) {
			Samples.of(name).ok(session.getLong(TIME));
		}
		else {
			Samples.of(name).failed();
		}
		return session.removeAll(TIME, STATUS);
	}

}
