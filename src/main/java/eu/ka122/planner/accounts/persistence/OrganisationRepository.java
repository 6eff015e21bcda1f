package eu.ka122.planner.accounts.persistence;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationRepository extends JpaRepository<OrganisationEntity, Long> {

	Optional<OrganisationEntity> findByOid(String oid);

}
