package org.carepath.portal.dashboard;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;
import org.carepath.portal.dashboard.Period.InvalidPeriod;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The clinic's dashboard for a chosen period, and each figure's table as CSV. Staff and
 * admin only (SecurityConfiguration); each service checks the relayed token as well.
 */
@Controller
class DashboardController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private static final Pattern FIGURE_ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,80}");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

	private final DashboardParts parts;

	private final Clock clock;

	DashboardController(DashboardParts parts, Clock clock) {
		this.parts = parts;
		this.clock = clock;
	}

	/**
	 * The page. A period that is not one (a bad date, reversed, too long) is said on the
	 * page with the chooser to correct it (400), and no service is asked.
	 */
	@GetMapping("/staff/dashboard")
	String dashboard(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, Model model, HttpServletResponse response) {
		Period period;
		try {
			period = Period.parse(from, to, this.clock);
		}
		catch (InvalidPeriod ex) {
			model.addAttribute("periodError", ex.getMessage());
			model.addAttribute("fromValue", (from != null) ? from : "");
			model.addAttribute("toValue", (to != null) ? to : "");
			model.addAttribute("parts", List.of());
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return "dashboard/dashboard";
		}
		model.addAttribute("fromValue", period.from().toString());
		model.addAttribute("toValue", period.to().toString());
		model.addAttribute("periodText", DAY.format(period.from()) + " to " + DAY.format(period.to()));
		model.addAttribute("query", period.query());
		model.addAttribute("parts", this.parts.all(period));
		return "dashboard/dashboard";
	}

	/**
	 * One figure's table as a CSV download, small cells suppressed ({@link SmallCells}).
	 */
	@GetMapping("/staff/dashboard/{id}.csv")
	ResponseEntity<String> csv(@PathVariable String id, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		if (!FIGURE_ID.matcher(id).matches()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Period period;
		try {
			period = Period.parse(from, to, this.clock);
		}
		catch (InvalidPeriod ex) {
			return ResponseEntity.badRequest()
				.contentType(MediaType.TEXT_PLAIN)
				.cacheControl(CacheControl.noStore())
				.body(ex.getMessage() + "\n");
		}
		Figure figure = this.parts.figure(id, period)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String filename = "carepath-" + figure.id() + "-" + period.from() + "-to-" + period.to() + ".csv";
		return ResponseEntity.ok()
			.contentType(CSV)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(CsvExport.of(figure.table()));
	}

}
