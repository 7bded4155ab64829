package org.carepath.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * {@code ./carepath up --demo-data}: once the stack is ready, twelve weeks of made-up
 * clinic activity are sent to each service's dev-only import (docs/dev-stack.md), so the
 * dashboard is not empty on a first run. Generated from a fixed seed: the same day gives
 * the same data. The services score the answers and date the records; the import is
 * refused a second time (intake keeps a row per dataset; content's page views, which add
 * up, are marked as sent in {@code dataDir/demo-data/}).
 */
final class DemoData {

	/** The services that take an import, and the setting that turns theirs on. */
	static final Set<App> IMPORTING = Set.of(App.INTAKE, App.REFERRAL, App.CONTENT);

	static final String ENABLED = "--carepath.demo-data.enabled=true";

	/** Names the import: intake refuses a second one of the same name. */
	static final String DATASET = "carepath-demo-v1";

	static final long SEED = 13;

	static final int WEEKS = 12;

	/** The clinic's time zone (service-support's default). */
	static final ZoneId CLINIC = ZoneId.of("America/New_York");

	/** The seeded article (content-service's V2 migration). */
	static final List<String> ARTICLES = List.of("ketamine-addiction");

	/** Answer codes in ordinal order, as the instruments' Questionnaires list them. */
	private static final List<String> FOUR = List.of("LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9");

	private static final List<String> YES_NO = List.of("LA32-8", "LA33-6");

	private static final List<List<String>> AUDIT_C = List.of(
			List.of("LA6270-8", "LA18926-8", "LA18927-6", "LA18928-4", "LA18929-2"),
			List.of("LA15694-5", "LA15695-2", "LA18930-0", "LA18931-8", "LA18932-6"),
			List.of("LA6270-8", "LA18933-4", "LA18876-5", "LA18891-4", "LA18934-2"));

	private static final List<String> CRAFFT_PART_B = List.of("relax", "alone", "forget", "family-friends", "trouble");

	/** One made-up screening and what happened to it. */
	record Screening(UUID id, String reference, String instrument, Map<String, Object> answers, String sex,
			Instant completedAt, List<Step> steps, Instant acknowledgedAt, boolean crisis, Referral referral) {
	}

	record Step(String to, Instant at, String by, String note) {
	}

	/**
	 * @param answers the partner's, in order: accepted or rejected, in-progress,
	 * completed
	 */
	record Referral(UUID id, String partnerId, String levelCode, String reasonCategory, Instant requestedAt,
			List<Answer> answers) {

		String status() {
			return this.answers.isEmpty() ? "requested" : this.answers.getLast().status();
		}

		Instant updatedAt() {
			return this.answers.isEmpty() ? this.requestedAt : this.answers.getLast().at();
		}

	}

	record Answer(String status, Instant at) {
	}

	record PageViews(String slug, LocalDate day, int views, int checksStarted) {
	}

	private final List<Screening> screenings;

	private final List<PageViews> pageViews;

	private DemoData(List<Screening> screenings, List<PageViews> pageViews) {
		this.screenings = List.copyOf(screenings);
		this.pageViews = List.copyOf(pageViews);
	}

	List<Screening> screenings() {
		return this.screenings;
	}

	List<PageViews> pageViews() {
		return this.pageViews;
	}

	/** The twelve weeks before {@code now}, from {@link #SEED}. */
	static DemoData generate(Instant now) {
		Random random = new Random(SEED);
		LocalDate today = now.atZone(CLINIC).toLocalDate();
		LocalDate first = today.minusWeeks(WEEKS);
		List<Screening> screenings = new ArrayList<>();
		Set<String> references = new HashSet<>();
		List<PageViews> views = new ArrayList<>();
		// today's screenings until now (the queue has new ones), page views of whole days
		for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
			boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
			int count = weekend ? random.nextInt(3) : 3 + random.nextInt(4);
			for (int i = 0; i < count; i++) {
				Instant completed = ZonedDateTime.of(day, timeOfDay(random), CLINIC).toInstant();
				Screening screening = screening(random, completed, now, references);
				if (completed.isBefore(now)) {
					screenings.add(screening);
				}
			}
			for (String slug : day.isBefore(today) ? ARTICLES : List.<String>of()) {
				int pageViews = (weekend ? 20 : 45) + random.nextInt(40);
				views.add(new PageViews(slug, day, pageViews, pageViews / 12 + random.nextInt(3)));
			}
		}
		return new DemoData(screenings, views);
	}

	/** Mostly office hours; a third in the evening, a few at night, when people worry. */
	private static LocalTime timeOfDay(Random random) {
		double draw = random.nextDouble();
		int hour = draw < 0.6 ? 9 + random.nextInt(8) : draw < 0.9 ? 17 + random.nextInt(7) : random.nextInt(9);
		return LocalTime.of(hour, random.nextInt(60), random.nextInt(60));
	}

	private static Screening screening(Random random, Instant completed, Instant now, Set<String> references) {
		UUID id = new UUID(random.nextLong(), random.nextLong());
		String reference;
		do {
			reference = code(random, 3) + "-" + code(random, 4);
		}
		while (!references.add(reference));
		double kind = random.nextDouble();
		String instrument = kind < 0.3 ? "audit-c"
				: kind < 0.5 ? "dast-10" : kind < 0.75 ? "phq-9" : kind < 0.9 ? "gad-7" : "crafft-2.1";
		// most people who check are at low risk; a tail is severe
		double severity = Math.pow(random.nextDouble(), 1.8);
		// a crisis answer now and then even with a low total: item 9 alone opens an alert
		double crisisDraw = random.nextDouble();
		boolean crisis = instrument.equals("phq-9") && (severity > 0.35 ? crisisDraw < 0.55 : crisisDraw < 0.06);
		Map<String, Object> answers = answers(instrument, severity, crisis, random);
		String sex = random.nextDouble() < 0.55 ? "female" : "male";
		// a rough guess of the band: what matters is a plausible workflow
		boolean positive = severity > 0.3 || crisis;
		List<Step> steps = new ArrayList<>();
		Instant acknowledgedAt = null;
		if (crisis) {
			acknowledgedAt = completed.plus(acknowledgement(completed, random));
			if (acknowledgedAt.isAfter(now)) {
				acknowledgedAt = null;
			}
		}
		Referral referral = null;
		Instant reviewed = completed.plus(Duration.ofMinutes(30 + random.nextInt(60 * 30)));
		Instant start = acknowledgedAt != null && acknowledgedAt.isAfter(reviewed) ? acknowledgedAt : reviewed;
		boolean openAlert = crisis && acknowledgedAt == null;
		if (!openAlert && start.isBefore(now)) {
			steps.add(new Step("in-review", start, "intake", null));
			Instant next = start.plus(Duration.ofMinutes(60 + random.nextInt(60 * 48)));
			// a few wait in review: no answer yet to the clinic's call, say
			boolean waiting = random.nextDouble() < 0.06;
			if (next.isBefore(now) && !waiting) {
				if (!positive) {
					steps.add(new Step("closed", next, "intake", "Negative screen; healthy choices reinforced."));
				}
				else {
					steps.add(new Step("brief-intervention-done", next, "clinician",
							"Brief intervention: feedback on the result, options discussed."));
					Instant then = next.plus(Duration.ofHours(2 + random.nextInt(72)));
					boolean refer = severity > 0.55 || crisis;
					if (then.isBefore(now) && refer && random.nextDouble() < 0.8) {
						steps.add(new Step("referred", then, "clinician", null));
						referral = referral(random, then, now, instrument, severity);
					}
					else if (then.isBefore(now) && random.nextDouble() < 0.6) {
						steps.add(new Step("closed", then, "clinician", null));
					}
				}
			}
		}
		return new Screening(id, reference, instrument, answers, sex, completed, steps, acknowledgedAt, crisis,
				referral);
	}

	/**
	 * Minutes in office hours, hours at night and at weekends: what the dashboard's
	 * by-hour chart should show.
	 */
	private static Duration acknowledgement(Instant raised, Random random) {
		ZonedDateTime at = raised.atZone(CLINIC);
		boolean office = at.getHour() >= 9 && at.getHour() < 17 && at.getDayOfWeek().getValue() <= 5;
		double minutes = office ? 3 + Math.exp(random.nextGaussian() * 0.7 + 2.3)
				: 30 + Math.exp(random.nextGaussian() * 0.8 + 4.6);
		return Duration.ofSeconds((long) (minutes * 60));
	}

	/**
	 * To one of the seeded programs (Harbor: outpatient, Summit: residential) by
	 * severity; the partner answers in hours (Summit slower), completion weeks later;
	 * some still open.
	 */
	private static Referral referral(Random random, Instant referred, Instant now, String instrument, double severity) {
		UUID id = new UUID(random.nextLong(), random.nextLong());
		boolean residential = severity > 0.8;
		String partner = residential ? "summit" : "harbor";
		String level = residential ? List.of("3.1", "3.5", "3.7").get(random.nextInt(3))
				: List.of("1", "2.1", "2.5").get(random.nextInt(3));
		String reason = switch (instrument) {
			case "audit-c" -> "alcohol-use";
			case "crafft-2.1" -> "youth-substance-use";
			case "phq-9", "gad-7" -> "co-occurring-mental-health";
			default -> "substance-use";
		};
		List<Answer> answers = new ArrayList<>();
		Instant answered = referred.plus(Duration.ofMinutes(60 + random.nextInt(60 * (residential ? 60 : 30))));
		if (answered.isBefore(now)) {
			boolean rejected = random.nextDouble() < (residential ? 0.3 : 0.15);
			answers.add(new Answer(rejected ? "rejected" : "accepted", answered));
			Instant started = answered.plus(Duration.ofDays(1 + random.nextInt(6)));
			if (!rejected && started.isBefore(now)) {
				answers.add(new Answer("in-progress", started));
				Instant completed = started.plus(Duration.ofDays(14 + random.nextInt(40)));
				if (completed.isBefore(now)) {
					answers.add(new Answer("completed", completed));
				}
			}
		}
		return new Referral(id, partner, level, reason, referred, answers);
	}

	private static Map<String, Object> answers(String instrument, double severity, boolean crisis, Random random) {
		Map<String, Object> answers = new LinkedHashMap<>();
		switch (instrument) {
			case "audit-c" -> {
				for (int item = 0; item < 3; item++) {
					answers.put(Integer.toString(item + 1), AUDIT_C.get(item).get(level(severity, 5, random)));
				}
			}
			case "dast-10" -> {
				for (int item = 1; item <= 10; item++) {
					// item 3 ("able to stop") is scored the other way round
					boolean yes = random.nextDouble() < severity;
					answers.put(Integer.toString(item), YES_NO.get(item == 3 ? (yes ? 0 : 1) : (yes ? 1 : 0)));
				}
			}
			case "phq-9", "gad-7" -> {
				int items = instrument.equals("phq-9") ? 9 : 7;
				int total = 0;
				for (int item = 1; item <= items; item++) {
					int level = level(severity, 4, random);
					if (item == 9) {
						level = crisis ? Math.max(1, level) : 0;
					}
					total += level;
					answers.put(Integer.toString(item), FOUR.get(level));
				}
				if (instrument.equals("phq-9") && total > 0) {
					answers.put("10",
							List.of("LA6572-7", "LA6573-5", "LA6575-0", "LA6574-3").get(level(severity, 4, random)));
				}
			}
			case "crafft-2.1" -> {
				int any = 0;
				for (String use : List.of("alcohol-days", "cannabis-days", "other-days")) {
					int days = random.nextDouble() < severity + 0.2 ? random.nextInt((int) (severity * 20) + 2) : 0;
					answers.put(use, days);
					any += days;
				}
				answers.put("car", YES_NO.get(random.nextDouble() < severity * 0.6 ? 1 : 0));
				if (any > 0) {
					for (String item : CRAFFT_PART_B) {
						answers.put(item, YES_NO.get(random.nextDouble() < severity ? 1 : 0));
					}
				}
			}
			default -> throw new IllegalArgumentException(instrument);
		}
		return answers;
	}

	/** An answer level from 0 to {@code levels − 1} around the person's severity. */
	private static int level(double severity, int levels, Random random) {
		double value = severity * (levels - 1) + random.nextGaussian() * 0.6;
		return (int) Math.max(0, Math.min(levels - 1, Math.round(value)));
	}

	private static String code(Random random, int length) {
		String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
		StringBuilder code = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			code.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return code.toString();
	}

	// ---- the imports' bodies ----

	/** intake's {@code POST /demo-data/screenings}. */
	String intakeJson() {
		StringBuilder json = new StringBuilder("{\"dataset\":").append(quote(DATASET)).append(",\"screenings\":[");
		for (int i = 0; i < this.screenings.size(); i++) {
			Screening s = this.screenings.get(i);
			json.append(i == 0 ? "" : ",")
				.append("{\"id\":\"")
				.append(s.id())
				.append("\",\"reference\":")
				.append(quote(s.reference()))
				.append(",\"instrument\":")
				.append(quote(s.instrument()))
				.append(",\"mode\":\"self\",\"answers\":{");
			int n = 0;
			for (Map.Entry<String, Object> answer : s.answers().entrySet()) {
				json.append(n++ == 0 ? "" : ",").append(quote(answer.getKey())).append(':');
				json.append(answer.getValue() instanceof Integer days ? days.toString()
						: quote(answer.getValue().toString()));
			}
			json.append("},\"sex\":")
				.append(quote(s.sex()))
				.append(",\"completedAt\":")
				.append(quote(s.completedAt().toString()))
				.append(",\"statusChanges\":[");
			for (int k = 0; k < s.steps().size(); k++) {
				Step step = s.steps().get(k);
				json.append(k == 0 ? "" : ",")
					.append("{\"to\":")
					.append(quote(step.to()))
					.append(",\"at\":")
					.append(quote(step.at().toString()))
					.append(",\"by\":")
					.append(quote(step.by()))
					.append(step.note() == null ? "" : ",\"note\":" + quote(step.note()))
					.append('}');
			}
			json.append("],\"acknowledged\":")
				.append(s.acknowledgedAt() == null ? "null"
						: "{\"at\":" + quote(s.acknowledgedAt().toString()) + ",\"by\":\"intake\"}")
				.append(",\"referrals\":[");
			if (s.referral() != null) {
				json.append("{\"id\":\"")
					.append(s.referral().id())
					.append("\",\"status\":")
					.append(quote(s.referral().status()))
					.append(",\"updatedAt\":")
					.append(quote(s.referral().updatedAt().toString()))
					.append('}');
			}
			json.append("]}");
		}
		return json.append("]}").toString();
	}

	/** referral's {@code POST /demo-data/referrals}. */
	String referralJson() {
		StringBuilder json = new StringBuilder("{\"dataset\":").append(quote(DATASET)).append(",\"referrals\":[");
		int n = 0;
		for (Screening s : this.screenings) {
			Referral r = s.referral();
			if (r == null) {
				continue;
			}
			json.append(n++ == 0 ? "" : ",")
				.append("{\"id\":\"")
				.append(r.id())
				.append("\",\"screeningId\":\"")
				.append(s.id())
				.append("\",\"screeningReference\":")
				.append(quote(s.reference()))
				.append(",\"partnerId\":")
				.append(quote(r.partnerId()))
				.append(",\"levelCode\":")
				.append(quote(r.levelCode()))
				.append(",\"reasonCategory\":")
				.append(quote(r.reasonCategory()))
				.append(",\"patientName\":")
				.append(quote("Demo patient " + s.reference()))
				.append(",\"requestedAt\":")
				.append(quote(r.requestedAt().toString()))
				.append(",\"requestedBy\":\"clinician\",\"answers\":[");
			for (int k = 0; k < r.answers().size(); k++) {
				Answer answer = r.answers().get(k);
				json.append(k == 0 ? "" : ",")
					.append("{\"status\":")
					.append(quote(answer.status()))
					.append(",\"at\":")
					.append(quote(answer.at().toString()))
					.append('}');
			}
			json.append("]}");
		}
		return json.append("]}").toString();
	}

	/** content's {@code POST /demo-data/page-views} (contract 5 of issue 13). */
	String pageViewsJson() {
		StringBuilder json = new StringBuilder("{\"days\":[");
		for (int i = 0; i < this.pageViews.size(); i++) {
			PageViews day = this.pageViews.get(i);
			json.append(i == 0 ? "" : ",")
				.append("{\"slug\":")
				.append(quote(day.slug()))
				.append(",\"day\":\"")
				.append(day.day())
				.append("\",\"views\":")
				.append(day.views())
				.append(",\"checksStarted\":")
				.append(day.checksStarted())
				.append('}');
		}
		return json.append("]}").toString();
	}

	private static String quote(String value) {
		return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	// ---- sending it ----

	/**
	 * Sends the data to intake, referral and content on their loopback ports; says what
	 * was imported, or that it had been before.
	 */
	void importInto(StackPorts ports, Path dataDir, Progress progress) throws StackException, IOException {
		Reply intake = post(URI.create("http://127.0.0.1:" + ports.intake() + "/demo-data/screenings"), intakeJson());
		if (intake.status() == 201) {
			progress.note("Demo data: " + this.screenings.size() + " screenings of the last " + WEEKS
					+ " weeks imported into intake-service (" + intake.body() + ").");
		}
		else if (intake.status() == 409) {
			progress.note("Demo data: already imported into intake-service earlier — nothing added.");
		}
		else {
			throw new StackException(
					"intake-service refused the demo data (HTTP " + intake.status() + "): " + intake.body());
		}
		Reply referral = post(URI.create("http://127.0.0.1:" + ports.referral() + "/demo-data/referrals"),
				referralJson());
		if (referral.status() == 201) {
			progress.note("Demo data: referrals to the partner programs imported into referral-service ("
					+ referral.body() + ").");
		}
		else if (referral.status() == 409) {
			progress.note("Demo data: already imported into referral-service earlier — nothing added.");
		}
		else {
			throw new StackException(
					"referral-service refused the demo data (HTTP " + referral.status() + "): " + referral.body());
		}
		Path marker = dataDir.resolve("demo-data").resolve("page-views." + DATASET);
		if (Files.exists(marker)) {
			progress.note("Demo data: page views already imported into content-service earlier — nothing added.");
			return;
		}
		Reply content = post(URI.create("http://127.0.0.1:" + ports.content() + "/demo-data/page-views"),
				pageViewsJson());
		if (content.status() == 404) {
			throw new StackException("content-service has no demo-data import (POST /demo-data/page-views answered "
					+ "404): its page-view import is missing from this build.");
		}
		if (content.status() != 204 && content.status() != 200) {
			throw new StackException(
					"content-service refused the demo page views (HTTP " + content.status() + "): " + content.body());
		}
		Files.createDirectories(marker.getParent());
		Files.writeString(marker, Instant.now() + "\n");
		progress.note("Demo data: " + this.pageViews.size() + " days of article page views imported into "
				+ "content-service.");
	}

	record Reply(int status, String body) {
	}

	private static Reply post(URI uri, String json) throws StackException {
		HttpURLConnection connection = null;
		try {
			connection = (HttpURLConnection) uri.toURL().openConnection();
			connection.setRequestMethod("POST");
			connection.setDoOutput(true);
			connection.setConnectTimeout(5000);
			connection.setReadTimeout(120_000);
			connection.setRequestProperty("Content-Type", "application/json");
			try (OutputStream out = connection.getOutputStream()) {
				out.write(json.getBytes(StandardCharsets.UTF_8));
			}
			int status = connection.getResponseCode();
			InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream();
			String text = body == null ? "" : new String(body.readAllBytes(), StandardCharsets.UTF_8);
			return new Reply(status, text.length() > 500 ? text.substring(0, 500) + " …" : text);
		}
		catch (IOException e) {
			throw new StackException("Could not send the demo data to " + uri + ": " + e.getMessage(), e);
		}
		finally {
			if (connection != null) {
				connection.disconnect();
			}
		}
	}

}
