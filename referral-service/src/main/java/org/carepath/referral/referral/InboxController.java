package org.carepath.referral.referral;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.carepath.referral.program.ProgramDirectory;
import org.carepath.support.problem.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The partner API (role {@code partner}). The token's {@code partner_id} claim picks the
 * program; a referral of another program, or one never disclosed to this one (its
 * referral event withheld at send time), answers 404, exactly like one that does not
 * exist, so ids reveal nothing. The list and the single referral follow one rule.
 */
@RestController
class InboxController {

	private final ReferralReader reader;

	private final ReferralService service;

	private final ProgramDirectory programs;

	InboxController(ReferralReader reader, ReferralService service, ProgramDirectory programs) {
		this.reader = reader;
		this.service = service;
		this.programs = programs;
	}

	@GetMapping("/api/referrals/inbox")
	List<ReferralViews.InboxItem> inbox(@AuthenticationPrincipal Jwt jwt) {
		ProgramDirectory.Listing program = program(jwt);
		return this.reader.inbox(program.id(), program.partnerId());
	}

	@GetMapping("/api/referrals/inbox/{id}")
	ReferralViews.PartnerReferral referral(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
		ProgramDirectory.Listing program = program(jwt);
		return this.reader.forPartner(id, program.id(), program.partnerId());
	}

	@PostMapping("/api/referrals/{id}/status")
	ReferralViews.PartnerReferral answer(@PathVariable UUID id, @Valid @RequestBody StatusRequest request,
			@AuthenticationPrincipal Jwt jwt) {
		ProgramDirectory.Listing program = program(jwt);
		this.service.changeStatus(id, program.id(), program.partnerId(), request);
		return this.reader.forPartner(id, program.id(), program.partnerId());
	}

	private ProgramDirectory.Listing program(Jwt jwt) {
		String partnerId = jwt.getClaimAsString("partner_id");
		if (partnerId == null || partnerId.isBlank()) {
			throw Problems.exception(HttpStatus.FORBIDDEN, "Not allowed", "The token names no partner program.");
		}
		return this.programs.findByPartnerId(partnerId)
			.orElseThrow(() -> Problems.exception(HttpStatus.FORBIDDEN, "Not allowed",
					"The token's partner program is not in the directory."));
	}

}
