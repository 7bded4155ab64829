package org.carepath.referral.program;

import java.util.List;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/referrals/programs")
class ProgramController {

	private final ProgramRepository programs;

	ProgramController(ProgramRepository programs) {
		this.programs = programs;
	}

	@GetMapping
	@Transactional(readOnly = true)
	List<ProgramView> directory() {
		return this.programs.findAllByOrderByName().stream().map(ProgramView::of).toList();
	}

}
