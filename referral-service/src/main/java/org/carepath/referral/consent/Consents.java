package org.carepath.referral.consent;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.carepath.support.text.Text.blankToNull;

/** Stores signed consents (version 1, never changed afterwards) and their revocation. */
@NamedInterface("api")
@Component
public class Consents {

	private final JdbcClient jdbc;

	Consents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a consent that passed the {@link ConsentGate}; joins the caller's
	 * transaction. The texts the patient read — the description of the information and
	 * the revocation statement — are stored exactly as received, never trimmed or
	 * rewritten: what is disclosed rests on those very words (docs/part2-consent.md).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public StoredConsent store(ConsentForm form, String recordedBy, Instant now) {
		UUID id = UUID.randomUUID();
		ConsentForm.Information information = form.information();
		ConsentForm.Recipient recipient = form.recipient();
		ConsentForm.Signature signature = form.signature();
		this.jdbc.sql("""
				insert into consent (id, version, patient_name, discloser, information_description,
				    information_elements, recipient_program_id, recipient_name, purpose, revocation_statement,
				    expires_on, expiry_event, signed_by, signer_role, typed_signature, signature_method, signed_on,
				    recorded_at, recorded_by)
				values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, form.patientName().strip(), form.discloser().strip(), information.description(),
					information.elements().stream().distinct().toArray(String[]::new), recipient.programId(),
					recipient.name().strip(), form.purpose(), form.revocationStatement(), form.expiresOn(),
					blankToNull(form.expiryEvent()), signature.signedBy().strip(), signature.signerRole(),
					signature.typedSignature().strip(), signature.method(), form.signedOn(), Timestamp.from(now),
					recordedBy)
			.update();
		return find(id).orElseThrow();
	}

	public Optional<StoredConsent> find(UUID id) {
		return this.jdbc.sql("select * from consent where id = ?").param(id).query(Consents::map).optional();
	}

	/** Records the revocation; false when the consent was already revoked. */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean revoke(UUID id, String revokedBy, String reason, @Nullable String requestedBy,
			@Nullable LocalDate receivedOn, Instant now) {
		return this.jdbc.sql("""
				update consent set revoked_at = ?, revoked_by = ?, revocation_reason = ?,
				    revocation_requested_by = ?, revocation_received_on = ?
				where id = ? and revoked_at is null""")
			.params(Timestamp.from(now), revokedBy, reason, requestedBy, receivedOn, id)
			.update() == 1;
	}

	private static StoredConsent map(ResultSet rs, int row) throws SQLException {
		Timestamp revokedAt = rs.getTimestamp("revoked_at");
		return new StoredConsent(rs.getObject("id", UUID.class), rs.getInt("version"), rs.getString("patient_name"),
				rs.getString("discloser"), rs.getString("information_description"),
				strings(rs.getArray("information_elements")), rs.getObject("recipient_program_id", UUID.class),
				rs.getString("recipient_name"), rs.getString("purpose"), rs.getString("revocation_statement"),
				rs.getObject("expires_on", LocalDate.class), rs.getString("expiry_event"), rs.getString("signed_by"),
				rs.getString("signer_role"), rs.getString("typed_signature"), rs.getString("signature_method"),
				rs.getObject("signed_on", LocalDate.class), rs.getTimestamp("recorded_at").toInstant(),
				rs.getString("recorded_by"),
				(revokedAt != null) ? new StoredConsent.Revocation(revokedAt.toInstant(), rs.getString("revoked_by"),
						rs.getString("revocation_reason"), rs.getString("revocation_requested_by"),
						rs.getObject("revocation_received_on", LocalDate.class)) : null);
	}

	static List<String> strings(Array array) throws SQLException {
		return List.of((String[]) array.getArray());
	}

}
