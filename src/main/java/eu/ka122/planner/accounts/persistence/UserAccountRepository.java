package eu.ka122.planner.accounts.persistence;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRepository extends JpaRepository<UserAccountEntity, Long> {

	@EntityGraph(attributePaths = { "organisation", "agency" })
	Optional<UserAccountEntity> findByUsername(String username);

	long countByRole(eu.ka122.planner.accounts.Role role);

}
