package eu.ka122.planner.accounts.persistence;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRepository extends JpaRepository<UserAccountEntity, Long> {

	@EntityGraph(attributePaths = { "organisation", "agency" })
	Optional<UserAccountEntity> findByUsername(String username);

	@EntityGraph(attributePaths = { "organisation", "agency" })
	Optional<UserAccountEntity> findWithScopeById(long id);

	@EntityGraph(attributePaths = "organisation")
	List<UserAccountEntity> findByOrganisationIdAndRoleAndEnabledTrueOrderById(long organisationId,
			eu.ka122.planner.accounts.Role role);

	long countByRole(eu.ka122.planner.accounts.Role role);

}
