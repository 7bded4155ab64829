package org.carepath.referral.consent;

import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The consent texts the portal shows a patient (staff, SecurityConfiguration), so the
 * portal keeps no copy of them: who discloses, the purposes, the statement of the right
 * to revoke, the data elements a consent can cover and the standard description for the
 * chosen ones. No health data: nothing here is about a person.
 */
@RestController
class ConsentTermsController {

	private final ConsentTerms terms;

	ConsentTermsController(ConsentTerms terms) {
		this.terms = terms;
	}

	@GetMapping("/api/referrals/consent-terms")
	@Operation(summary = "The clinic's consent texts for a referral",
			description = "Who discloses (the clinic's configured name), the purposes, the standard statement of the"
					+ " right to revoke naming the clinic, every data element a consent can cover, and the standard"
					+ " description of what a referral with these share choices discloses.")
	ConsentTermsView terms(
			@Parameter(
					description = "The patient's name and contact details are shared with the program") @RequestParam(
							defaultValue = "false") boolean sharesContact,
			@Parameter(description = "The screening result is shared with the program") @RequestParam(
					defaultValue = "false") boolean sharesScores) {
		Disclosure disclosure = Disclosure.of(sharesContact, sharesScores);
		return new ConsentTermsView(this.terms.discloser(),
				Arrays.stream(Purpose.values())
					.map(purpose -> new ConsentTermsView.Purpose(purpose.code(), purpose.label()))
					.toList(),
				this.terms.revocationStatement(), ConsentGate.SIGNATURE_METHOD,
				Arrays.stream(DisclosureElement.values())
					.map(element -> new ConsentTermsView.Element(element.id(), element.label(), element.alwaysSent(),
							disclosure.elements().contains(element)))
					.toList(),
				disclosure.standardDescription());
	}

	/**
	 * @param elements every element a consent can cover, in the order the form lists
	 * them; {@code disclosed} when a referral with these share choices sends it
	 * @param description the standard description of what such a referral discloses
	 */
	record ConsentTermsView(String discloser, List<Purpose> purposes, String revocationStatement,
			String signatureMethod, List<Element> elements, String description) {

		record Purpose(String code, String label) {
		}

		record Element(String id, String label, boolean alwaysSent, boolean disclosed) {
		}

	}

}
