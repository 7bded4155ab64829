package org.carepath.referral.program;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface ProgramRepository extends Repository<Program, UUID> {

	List<Program> findAllByOrderByName();

	Optional<Program> findById(UUID id);

	Optional<Program> findByPartnerId(String partnerId);

}
