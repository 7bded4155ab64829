package org.carepath.referral.program;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface ProgramRepository extends Repository<Program, UUID> {

	List<Program> findAllByOrderByName();

}
