package eu.ka122.planner.accounts.persistence;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NationalAgencyRepository extends JpaRepository<NationalAgencyEntity, String> {

	List<NationalAgencyEntity> findAllByOrderByCode();

}
