package org.carepath.intake.screening;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface ScreeningContactRepository extends Repository<ScreeningContact, UUID> {

	Optional<ScreeningContact> findById(UUID screeningId);

	ScreeningContact save(ScreeningContact contact);

	ScreeningContact saveAndFlush(ScreeningContact contact);

}
