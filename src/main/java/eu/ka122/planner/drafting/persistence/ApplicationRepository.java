package eu.ka122.planner.drafting.persistence;

import java.util.List;
import java.util.Optional;

import eu.ka122.planner.drafting.ApplicationStatus;
import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ApplicationRepository extends JpaRepository<ApplicationEntity, Long> {

	/**
	 * Every lookup is scoped to the organisation: another organisation's id finds
	 * nothing.
	 */
	Optional<ApplicationEntity> findByIdAndOrganisationId(Long id, Long organisationId);

	List<ApplicationEntity> findByOrganisationIdOrderByCallYearDescRoundDescIdDesc(Long organisationId);

	boolean existsByOrganisationIdAndCallYearAndRoundAndStatus(Long organisationId, int callYear, int round,
			ApplicationStatus status);

	@EntityGraph(attributePaths = { "activities" })
	@Query("select a from ApplicationEntity a where a.id = :id and a.organisationId = :organisationId")
	Optional<ApplicationEntity> findWithActivities(Long id, Long organisationId);

	/**
	 * Serialises submissions of one application: a double click or retry waits, then sees
	 * the first result.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from ApplicationEntity a where a.id = :id and a.organisationId = :organisationId")
	Optional<ApplicationEntity> findForUpdate(Long id, Long organisationId);

	/**
	 * A page of one call year's applications in one state, for the rate-table preview.
	 */
	org.springframework.data.domain.Slice<ApplicationEntity> findByCallYearAndStatusOrderById(int callYear,
			ApplicationStatus status, org.springframework.data.domain.Pageable page);

	/** The given applications with their activities, in one query. */
	@EntityGraph(attributePaths = { "activities" })
	@Query("select distinct a from ApplicationEntity a where a.id in :ids order by a.id")
	List<ApplicationEntity> findWithActivities(java.util.Collection<Long> ids);

	@Query(value = "select nextval('application_reference_seq')", nativeQuery = true)
	long nextReferenceNumber();

}
