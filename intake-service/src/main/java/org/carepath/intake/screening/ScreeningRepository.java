package org.carepath.intake.screening;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface ScreeningRepository extends Repository<Screening, UUID> {

	Optional<Screening> findById(UUID id);

	Optional<Screening> findByIdempotencyKey(String idempotencyKey);

	Screening saveAndFlush(Screening screening);

	boolean existsByReference(String reference);

}
