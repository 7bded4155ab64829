package org.carepath.intake.screening;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ScreeningRepository extends Repository<Screening, UUID> {

	/** Open work, crisis first, then whoever has waited longest. */
	@Query("select s from Screening s where s.status not in ('referred', 'closed') order by s.crisis desc, s.completedAt asc")
	List<Screening> findQueue();

}
