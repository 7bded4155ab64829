package org.carepath.referral.consent;

import org.springframework.modulith.NamedInterface;

/**
 * One failing consent element. {@code element} names the §2.31 element
 * ({@code patient-name}, {@code discloser}, {@code information}, {@code recipient},
 * {@code purpose}, {@code revocation}, {@code expiry}, {@code signature},
 * {@code date-signed}); {@code field} is the path in the request.
 */
@NamedInterface("api")
public record ConsentViolation(String element, String field, String message) {
}
