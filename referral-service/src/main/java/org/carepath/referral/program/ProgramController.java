package org.carepath.referral.program;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The partner directory for staff. Filters combine (all must match): {@code level} (+
 * optional {@code edition}), {@code service}, {@code population}, {@code language},
 * {@code accepting}. The directory is small: filtering in memory keeps the query simple.
 */
@RestController
@RequestMapping("/api/referrals/programs")
class ProgramController {

	private final ProgramRepository programs;

	ProgramController(ProgramRepository programs) {
		this.programs = programs;
	}

	@GetMapping
	@Transactional(readOnly = true)
	List<ProgramView> directory(@RequestParam(required = false) @Nullable String level,
			@RequestParam(required = false) @Nullable String edition,
			@RequestParam(required = false) @Nullable String service,
			@RequestParam(required = false) @Nullable String population,
			@RequestParam(required = false) @Nullable String language,
			@RequestParam(required = false) @Nullable Boolean accepting) {
		return this.programs.findAllByOrderByName()
			.stream()
			.filter(program -> level == null || program.getLevelsOfCare()
				.stream()
				.anyMatch(offered -> offered.code().equals(level)
						&& (edition == null || offered.edition().equals(edition))))
			.filter(program -> level != null || edition == null
					|| program.getLevelsOfCare().stream().anyMatch(offered -> offered.edition().equals(edition)))
			.filter(program -> service == null || program.getServices().contains(service))
			.filter(program -> population == null || program.getPopulations().contains(population))
			.filter(program -> language == null || program.getLanguages().contains(language))
			.filter(program -> accepting == null || program.isAcceptingReferrals() == accepting)
			.map(ProgramView::of)
			.toList();
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	ProgramView program(@PathVariable UUID id) {
		return this.programs.findById(id)
			.map(ProgramView::of)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such program."));
	}

}
