package org.carepath.intake.instrument;

/** One screening instrument as the public list shows it. */
record InstrumentSummary(String id, String title, String version, String description) {
}
