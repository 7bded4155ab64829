package org.carepath.portal.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

import org.carepath.portal.dashboard.Charts.Series;
import org.carepath.portal.dashboard.Charts.Unit;
import org.carepath.portal.dashboard.StatsApi.Acknowledgement;
import org.carepath.portal.dashboard.StatsApi.ArticleViews;
import org.carepath.portal.dashboard.StatsApi.ContentStats;
import org.carepath.portal.dashboard.StatsApi.Funnel;
import org.carepath.portal.dashboard.StatsApi.HourAcknowledgement;
import org.carepath.portal.dashboard.StatsApi.IntakeStats;
import org.carepath.portal.dashboard.StatsApi.Positive;
import org.carepath.portal.dashboard.StatsApi.Program;
import org.carepath.portal.dashboard.StatsApi.ReferralStats;
import org.carepath.portal.dashboard.StatsApi.WeekBand;
import org.carepath.portal.dashboard.StatsApi.WeekViews;
import org.carepath.portal.screening.ScreeningWords;
import org.carepath.portal.system.ServiceProblem;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Assembles the dashboard from the three services' answers: each part from one service,
 * so a service that cannot answer leaves its parts saying so and the others stand. Turns
 * the answers into figures: tables (exact figures) and the charts drawn from them.
 */
@Component
class DashboardParts {

	private static final Logger log = LoggerFactory.getLogger(DashboardParts.class);

	private static final DateTimeFormatter WEEK_LABEL = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

	/** Most columns a chart names along its bottom; the others are in the table. */
	private static final int MAX_COLUMN_LABELS = 12;

	/** Articles drawn in the top-articles chart; the table lists all. */
	static final int TOP_ARTICLES = 10;

	/** The intake figures' ids that are not per instrument. */
	private static final List<String> INTAKE_FIGURES = List.of("positive", "funnel", "alerts", "acknowledgement");

	static final String SCREENINGS_PREFIX = "screenings-";

	private final StatsClient stats;

	private final ScreeningWords words;

	DashboardParts(StatsClient stats, ScreeningWords words) {
		this.stats = stats;
		this.words = words;
	}

	/** Every part, in page order; a service that failed gives parts that say so. */
	List<Part> all(Period period) {
		List<Part> parts = new ArrayList<>();
		answer("intake", () -> intakeParts(this.stats.intake(period), period),
				why -> List.of(Part.unavailable("screenings", "Screenings", why),
						Part.unavailable("funnel", "The SBIRT funnel", why),
						Part.unavailable("alerts", "Crisis alerts", why)))
			.forEach(parts::add);
		answer("referral", () -> List.of(referralPart(this.stats.referrals(period))),
				why -> List.of(Part.unavailable("referrals", "Referrals by program", why)))
			.forEach(parts::add);
		answer("content", () -> List.of(educationPart(this.stats.content(period), period)),
				why -> List.of(Part.unavailable("education", "Education", why)))
			.forEach(parts::add);
		return parts;
	}

	/**
	 * One figure, for its CSV: only the service it comes from is asked; empty when no
	 * figure has that id. A service's failure is thrown ({@link ServiceProblem}).
	 */
	Optional<Figure> figure(String id, Period period) {
		List<Part> parts;
		if (id.startsWith(SCREENINGS_PREFIX) || INTAKE_FIGURES.contains(id)) {
			parts = intakeParts(this.stats.intake(period), period);
		}
		else if (id.equals("referrals")) {
			parts = List.of(referralPart(this.stats.referrals(period)));
		}
		else if (id.equals("views") || id.equals("articles")) {
			parts = List.of(educationPart(this.stats.content(period), period));
		}
		else {
			return Optional.empty();
		}
		return parts.stream().flatMap(part -> part.figures().stream()).filter(f -> f.id().equals(id)).findFirst();
	}

	private static List<Part> answer(String service, java.util.function.Supplier<List<Part>> parts,
			Function<String, List<Part>> unavailable) {
		try {
			return parts.get();
		}
		catch (ServiceProblem problem) {
			// Status only: a body may say more than a log should.
			log.warn("Dashboard: the {} service's figures are missing, it answered {}", service, problem.status());
			return unavailable.apply(why(problem));
		}
	}

	private static String why(ServiceProblem problem) {
		if (problem.status() == 401 || problem.status() == 403) {
			return "Your account may not see these figures.";
		}
		if (problem.isUnavailable()) {
			return "These figures are temporarily unavailable. The rest of the dashboard is up to date; please try again in a few minutes.";
		}
		return "These figures could not be shown for this period.";
	}

	List<Part> intakeParts(IntakeStats stats, Period period) {
		List<LocalDate> weeks = period.weeks();
		return List.of(screeningsPart(stats, weeks), funnelPart(stats.funnel()), alertsPart(stats, weeks));
	}

	// Screenings: per instrument, weekly columns stacked by band; then the share
	// positive.

	private Part screeningsPart(IntakeStats stats, List<LocalDate> weeks) {
		TreeSet<String> instruments = new TreeSet<>();
		stats.weekBands().forEach(row -> instruments.add(row.instrument()));
		stats.positives().forEach(row -> instruments.add(row.instrument()));
		List<Figure> figures = new ArrayList<>();
		long total = 0;
		for (String instrument : instruments) {
			List<WeekBand> rows = stats.weekBands().stream().filter(r -> r.instrument().equals(instrument)).toList();
			total += rows.stream().mapToLong(WeekBand::count).sum();
			figures.add(screeningsFigure(instrument, rows, weeks));
		}
		if (!stats.positives().isEmpty()) {
			figures.add(positiveFigure(stats.positives()));
		}
		return new Part("screenings", "Screenings", total + " screenings in this period.", figures, null,
				"No screenings in this period.");
	}

	Figure screeningsFigure(String instrument, List<WeekBand> rows, List<LocalDate> weeks) {
		List<String> bands = rows.stream()
			.map(r -> (r.band() != null) ? r.band() : "unknown")
			.distinct()
			.sorted(Comparator.comparingInt(this.words::severity).thenComparing(Function.identity()))
			.toList();
		Map<LocalDate, Map<String, Long>> counts = new HashMap<>();
		for (WeekBand row : rows) {
			counts.computeIfAbsent(row.week(), w -> new HashMap<>())
				.merge((row.band() != null) ? row.band() : "unknown", row.count(), Long::sum);
		}
		String name = instrumentName(instrument);
		List<String> columns = new ArrayList<>(List.of("Week of"));
		bands.forEach(band -> columns.add(this.words.band(band)));
		columns.add("Total");
		List<List<Cell>> table = new ArrayList<>();
		List<Series> series = new ArrayList<>();
		for (int b = 0; b < bands.size(); b++) {
			String band = bands.get(b);
			List<@Nullable Double> values = new ArrayList<>();
			for (LocalDate week : weeks) {
				values.add((double) counts.getOrDefault(week, Map.of()).getOrDefault(band, 0L));
			}
			series.add(new Series(this.words.band(band), bandFill(b, bands.size()), values));
		}
		long total = 0;
		LocalDate busiest = null;
		long most = -1;
		for (LocalDate week : weeks) {
			List<Cell> row = new ArrayList<>(List.of(Cell.text(week.toString())));
			long weekTotal = 0;
			for (String band : bands) {
				long count = counts.getOrDefault(week, Map.of()).getOrDefault(band, 0L);
				row.add(Cell.count(count));
				weekTotal += count;
			}
			row.add(Cell.count(weekTotal));
			table.add(row);
			total += weekTotal;
			if (weekTotal > most) {
				most = weekTotal;
				busiest = week;
			}
		}
		String id = SCREENINGS_PREFIX + safeId(instrument);
		String heading = name + " screenings per week, by result band";
		String description = "Column chart of " + name + " screenings per week, " + range(weeks)
				+ ", each column stacked by band from " + (bands.isEmpty() ? "" : this.words.band(bands.getFirst()))
				+ " at the bottom to " + (bands.isEmpty() ? "" : this.words.band(bands.getLast())) + " at the top. "
				+ total + " in all" + ((busiest != null && most > 0)
						? "; the busiest week began " + WEEK_LABEL.format(busiest) + " with " + most + "." : ".");
		BarChart chart = Charts.columns(id + "-chart", heading, description, Unit.COUNT, weekLabels(weeks),
				labelEvery(weeks.size()), series, true);
		return new Figure(id, heading, List.of(chart),
				new Table(name + " screenings per week of the period, by band", columns, table));
	}

	Figure positiveFigure(List<Positive> positives) {
		List<Positive> rows = positives.stream().sorted(Comparator.comparing(Positive::instrument)).toList();
		List<List<Cell>> table = new ArrayList<>();
		List<@Nullable Double> shares = new ArrayList<>();
		for (Positive row : rows) {
			Double share = percent(row.positive(), row.screened());
			shares.add(share);
			table.add(List.of(Cell.text(instrumentName(row.instrument())), Cell.count(row.screened()),
					Cell.count(row.positive()), Cell.measure(share, Math.min(row.positive(), row.screened()))));
		}
		List<String> names = rows.stream().map(r -> instrumentName(r.instrument())).toList();
		String heading = "Share of screenings at or above the cut-off, by instrument";
		String description = "Bar chart of the share of screenings that were positive for each instrument, on a scale of 0 to 100 percent: "
				+ describe(names, shares, Unit.PERCENT) + ".";
		BarChart chart = Charts.rows("positive-chart", heading, description, Unit.PERCENT, names,
				List.of(new Series("Share positive", "fill-3", shares)), Scale.PERCENT);
		return new Figure("positive", heading, List.of(chart),
				new Table("Screenings and positive results by instrument",
						List.of("Instrument", "Screened", "Positive", "Share positive (%)"), table));
	}

	// The SBIRT funnel.

	private Part funnelPart(@Nullable Funnel funnel) {
		Funnel steps = (funnel != null) ? funnel : new Funnel(0, 0, 0, 0, 0, 0);
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put("Screened", steps.screened());
		counts.put("Positive", steps.positive());
		counts.put("Brief intervention done", steps.briefIntervention());
		counts.put("Referred", steps.referred());
		counts.put("Accepted by the partner", steps.accepted());
		counts.put("Treatment completed", steps.completed());
		List<List<Cell>> table = new ArrayList<>();
		List<@Nullable Double> values = new ArrayList<>();
		counts.forEach((step, count) -> {
			values.add((double) count);
			table.add(List.of(Cell.text(step), Cell.count(count),
					Cell.measure(percent(count, steps.screened()), Math.min(count, steps.screened()))));
		});
		List<String> names = List.copyOf(counts.keySet());
		String heading = "From screening to completed treatment";
		String description = "Bar chart of the SBIRT funnel, one bar per step: " + describe(names, values, Unit.COUNT)
				+ ".";
		BarChart chart = Charts.rows("funnel-chart", heading, description, Unit.COUNT, names,
				List.of(new Series("Screenings", "fill-4", values)), null);
		Figure figure = new Figure("funnel", heading, List.of(chart),
				new Table("Screenings of the period that reached each step",
						List.of("Step", "Screenings", "Share of screened (%)"), table));
		return new Part("funnel", "The SBIRT funnel",
				"Screening, brief intervention and referral to treatment: how far the screenings of this period got.",
				List.of(figure), null, "");
	}

	// Crisis alerts: per week, and the time to acknowledge by the hour they were raised.

	private Part alertsPart(IntakeStats stats, List<LocalDate> weeks) {
		Map<LocalDate, Long> perWeek = new HashMap<>();
		stats.alertWeeks().forEach(w -> perWeek.merge(w.week(), w.alerts(), Long::sum));
		List<List<Cell>> weekRows = new ArrayList<>();
		List<@Nullable Double> values = new ArrayList<>();
		long total = 0;
		for (LocalDate week : weeks) {
			long count = perWeek.getOrDefault(week, 0L);
			total += count;
			values.add((double) count);
			weekRows.add(List.of(Cell.text(week.toString()), Cell.count(count)));
		}
		String weeklyHeading = "Crisis alerts per week";
		BarChart weekly = Charts.columns("alerts-chart", weeklyHeading,
				"Column chart of crisis alerts opened per week, " + range(weeks) + ": " + total + " in all.",
				Unit.COUNT, weekLabels(weeks), labelEvery(weeks.size()),
				List.of(new Series("Crisis alerts", "fill-5", values)), false);
		Figure alerts = new Figure("alerts", weeklyHeading, List.of(weekly),
				new Table("Crisis alerts opened per week", List.of("Week of", "Crisis alerts"), weekRows));
		Acknowledgement ack = stats.acknowledgement();
		List<Figure> figures = new ArrayList<>(List.of(alerts));
		String summary = total + " crisis alerts in this period.";
		if (ack != null) {
			figures.add(acknowledgementFigure(ack));
			summary = ack.alerts() + " crisis alerts, " + ack.acknowledged()
					+ " acknowledged; time to acknowledge: median " + minutes(ack.medianMinutes())
					+ ", 90th percentile " + minutes(ack.p90Minutes()) + ".";
		}
		return new Part("alerts", "Crisis alerts", summary, figures, null, "");
	}

	Figure acknowledgementFigure(Acknowledgement ack) {
		Map<Integer, HourAcknowledgement> byHour = new HashMap<>();
		ack.hours().forEach(h -> byHour.put(h.hour(), h));
		List<String> hours = new ArrayList<>();
		List<@Nullable Double> medians = new ArrayList<>();
		List<@Nullable Double> p90s = new ArrayList<>();
		List<List<Cell>> table = new ArrayList<>();
		for (int hour = 0; hour < 24; hour++) {
			HourAcknowledgement row = byHour.getOrDefault(hour, new HourAcknowledgement(hour, 0, 0, null, null));
			String name = String.format(Locale.ROOT, "%02d:00", hour);
			hours.add(name);
			medians.add(row.medianMinutes());
			p90s.add(row.p90Minutes());
			table.add(List.of(Cell.text(name + "–" + String.format(Locale.ROOT, "%02d:59", hour)),
					Cell.count(row.alerts()), Cell.count(row.acknowledged()),
					Cell.measure(row.medianMinutes(), row.acknowledged()),
					Cell.measure(row.p90Minutes(), row.acknowledged())));
		}
		table.add(List.of(Cell.text("All hours"), Cell.count(ack.alerts()), Cell.count(ack.acknowledged()),
				Cell.measure(ack.medianMinutes(), ack.acknowledged()),
				Cell.measure(ack.p90Minutes(), ack.acknowledged())));
		String heading = "Time to acknowledge a crisis alert, by the hour it was raised";
		String description = "Column chart of the minutes from a crisis alert to its acknowledgement, for each hour of the day (clinic time) the alert was raised: the median and, beside it, the 90th percentile. Hours without an acknowledged alert have no columns. Overall: median "
				+ minutes(ack.medianMinutes()) + ", 90th percentile " + minutes(ack.p90Minutes()) + ".";
		BarChart chart = Charts.columns("acknowledgement-chart", heading, description, Unit.MINUTES, hours, 3,
				List.of(new Series("Median", "fill-2", medians), new Series("90th percentile", "fill-5", p90s)), false);
		return new Figure("acknowledgement", heading, List.of(chart),
				new Table("Crisis alerts and minutes to acknowledge them, by the hour raised (clinic time)", List
					.of("Hour raised", "Alerts", "Acknowledged", "Median (minutes)", "90th percentile (minutes)"),
						table));
	}

	// Referrals by program.

	Part referralPart(ReferralStats stats) {
		List<Program> programs = stats.programList()
			.stream()
			.sorted(Comparator.comparing(Program::displayName))
			.toList();
		if (programs.isEmpty()) {
			return new Part("referrals", "Referrals by program", null, List.of(), null, "No referrals in this period.");
		}
		List<String> names = programs.stream().map(Program::displayName).toList();
		List<List<Cell>> table = new ArrayList<>();
		List<@Nullable Double> rates = new ArrayList<>();
		List<@Nullable Double> firstMedian = new ArrayList<>();
		List<@Nullable Double> firstP90 = new ArrayList<>();
		List<@Nullable Double> completion = new ArrayList<>();
		for (Program p : programs) {
			Double rate = (p.acceptanceRate() != null) ? Scale.round(p.acceptanceRate() * 100) : null;
			rates.add(rate);
			firstMedian.add(p.firstAnswerMedianHours());
			firstP90.add(p.firstAnswerP90Hours());
			completion.add(p.completionMedianDays());
			table.add(List.of(Cell.text(p.displayName()), Cell.count(p.referrals()), Cell.count(p.answered()),
					Cell.count(p.accepted()), Cell.measure(rate, Math.min(p.accepted(), p.answered())),
					Cell.measure(p.firstAnswerMedianHours(), p.answered()),
					Cell.measure(p.firstAnswerP90Hours(), p.answered()), Cell.count(p.completed()),
					Cell.measure(p.completionMedianDays(), p.completed())));
		}
		BarChart acceptance = Charts.rows("referrals-acceptance-chart", "Acceptance rate",
				"Bar chart of each program's acceptance rate (accepted of answered referrals), on a scale of 0 to 100 percent: "
						+ describe(names, rates, Unit.PERCENT) + ".",
				Unit.PERCENT, names, List.of(new Series("Acceptance rate", "fill-3", rates)), Scale.PERCENT);
		BarChart firstAnswer = Charts.rows("referrals-answer-chart", "Hours to the partner's first answer",
				"Bar chart of the hours from referral to the partner's first answer, median and 90th percentile for each program: "
						+ describe(names, firstMedian, Unit.HOURS) + " (medians).",
				Unit.HOURS, names,
				List.of(new Series("Median", "fill-2", firstMedian), new Series("90th percentile", "fill-5", firstP90)),
				null);
		BarChart completed = Charts.rows("referrals-completion-chart", "Days to completed treatment",
				"Bar chart of the median days from referral to completed treatment, for each program: "
						+ describe(names, completion, Unit.DAYS) + ".",
				Unit.DAYS, names, List.of(new Series("Median", "fill-4", completion)), null);
		Figure figure = new Figure("referrals", "Acceptance and time to answer and to completion, by program",
				List.of(acceptance, firstAnswer, completed),
				new Table("Referrals of the period by partner program",
						List.of("Program", "Referrals", "Answered", "Accepted", "Acceptance rate (%)",
								"First answer median (hours)", "First answer 90th percentile (hours)", "Completed",
								"Completion median (days)"),
						table));
		long total = programs.stream().mapToLong(Program::referrals).sum();
		return new Part("referrals", "Referrals by program", total + " referrals in this period.", List.of(figure),
				null, "");
	}

	// Education: page views and self-checks started from articles, per week; top
	// articles.

	Part educationPart(ContentStats stats, Period period) {
		List<LocalDate> weeks = period.weeks();
		Map<LocalDate, WeekViews> perWeek = new HashMap<>();
		stats.weeks()
			.forEach(w -> perWeek.merge(w.week(), w,
					(a, b) -> new WeekViews(a.week(), a.views() + b.views(), a.checksStarted() + b.checksStarted())));
		List<List<Cell>> weekRows = new ArrayList<>();
		List<@Nullable Double> views = new ArrayList<>();
		List<@Nullable Double> checks = new ArrayList<>();
		long totalViews = 0;
		long totalChecks = 0;
		for (LocalDate week : weeks) {
			WeekViews row = perWeek.getOrDefault(week, new WeekViews(week, 0, 0));
			views.add((double) row.views());
			checks.add((double) row.checksStarted());
			totalViews += row.views();
			totalChecks += row.checksStarted();
			weekRows.add(List.of(Cell.text(week.toString()), Cell.count(row.views()), Cell.count(row.checksStarted())));
		}
		List<String> labels = weekLabels(weeks);
		BarChart viewChart = Charts.columns("views-chart", "Article page views per week",
				"Column chart of article page views per week, " + range(weeks) + ": " + totalViews + " in all.",
				Unit.COUNT, labels, labelEvery(weeks.size()), List.of(new Series("Page views", "fill-3", views)),
				false);
		BarChart checkChart = Charts.columns("checks-chart", "Self-checks started from an article, per week",
				"Column chart of self-checks started from an article's link per week, " + range(weeks) + ": "
						+ totalChecks + " in all.",
				Unit.COUNT, labels, labelEvery(weeks.size()),
				List.of(new Series("Self-checks started", "fill-1", checks)), false);
		Figure weekly = new Figure("views", "Page views and self-checks started, per week",
				List.of(viewChart, checkChart),
				new Table("Article page views and self-checks started from an article, per week",
						List.of("Week of", "Page views", "Self-checks started"), weekRows));
		List<ArticleViews> articles = stats.articleList()
			.stream()
			.sorted(Comparator.comparingLong(ArticleViews::views).reversed().thenComparing(ArticleViews::displayTitle))
			.toList();
		List<ArticleViews> top = articles.subList(0, Math.min(TOP_ARTICLES, articles.size()));
		List<String> topNames = top.stream().map(ArticleViews::displayTitle).toList();
		List<@Nullable Double> topViews = top.stream().map(a -> (Double) (double) a.views()).toList();
		BarChart topChart = Charts.rows("articles-chart", "Most read articles",
				"Bar chart of page views of the " + top.size() + " most read articles: "
						+ describe(topNames, topViews, Unit.COUNT) + ".",
				Unit.COUNT, topNames, List.of(new Series("Page views", "fill-3", topViews)), null);
		List<List<Cell>> articleRows = articles.stream()
			.map(a -> List.of(Cell.text(a.displayTitle()), Cell.count(a.views()), Cell.count(a.checksStarted())))
			.toList();
		Figure topArticles = new Figure("articles", "Most read articles", List.of(topChart),
				new Table("Articles by page views in the period (the chart shows the first " + TOP_ARTICLES + ")",
						List.of("Article", "Page views", "Self-checks started"), articleRows));
		return new Part("education", "Education",
				totalViews + " article page views and " + totalChecks + " self-checks started from an article.",
				List.of(weekly, topArticles), null, "");
	}

	// Shared wording.

	/** "AUDIT-C" for intake's "audit-c": instruments are known by their short names. */
	static String instrumentName(String id) {
		return id.toUpperCase(Locale.ROOT);
	}

	/** Ids of figures and files: letters, digits, dots and dashes only. */
	static String safeId(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "-");
	}

	/**
	 * Band fills from light to dark in order of severity, spread over the six fills
	 * whatever the number of bands, so the most severe is always the darkest.
	 */
	static String bandFill(int index, int count) {
		int fill = (count <= 1) ? 3 : (int) Math.round(index * 5.0 / (count - 1));
		return "fill-" + fill;
	}

	static int labelEvery(int columns) {
		return Math.max(1, (columns + MAX_COLUMN_LABELS - 1) / MAX_COLUMN_LABELS);
	}

	private static List<String> weekLabels(List<LocalDate> weeks) {
		return weeks.stream().map(WEEK_LABEL::format).toList();
	}

	private static String range(List<LocalDate> weeks) {
		if (weeks.isEmpty()) {
			return "no weeks";
		}
		return "weeks of " + WEEK_LABEL.format(weeks.getFirst()) + " to " + WEEK_LABEL.format(weeks.getLast()) + ", "
				+ weeks.getLast().getYear();
	}

	private static @Nullable Double percent(long part, long whole) {
		return (whole > 0) ? Scale.round(100.0 * part / whole) : null;
	}

	private static String minutes(@Nullable Double minutes) {
		return (minutes != null) ? Unit.MINUTES.format(minutes) : "none";
	}

	private static String describe(List<String> names, List<@Nullable Double> values, Unit unit) {
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			Double value = values.get(i);
			parts.add(names.get(i) + " " + ((value != null) ? unit.format(value) : "none"));
		}
		return String.join(", ", parts);
	}

}
