package org.carepath.intake.screening;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/intake/screenings")
class QueueController {

	private final ScreeningRepository screenings;

	private final Clock clock;

	QueueController(ScreeningRepository screenings, Clock clock) {
		this.screenings = screenings;
		this.clock = clock;
	}

	@GetMapping
	@Transactional(readOnly = true)
	List<QueueItem> queue() {
		Instant now = this.clock.instant();
		return this.screenings.findQueue().stream().map(screening -> QueueItem.of(screening, now)).toList();
	}

}
