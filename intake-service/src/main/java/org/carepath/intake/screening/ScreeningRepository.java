package org.carepath.intake.screening;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface ScreeningRepository extends Repository<Screening, UUID> {

	Optional<Screening> findById(UUID id);

	Optional<Screening> findByIdempotencyKey(String idempotencyKey);

	Screening saveAndFlush(Screening screening);

	/** A patient's own screenings, newest first. */
	List<Screening> findBySubjectOrderByCompletedAtDescIdDesc(String subject);

	Optional<Screening> findByIdAndSubject(UUID id, String subject);

}
