package eu.ka122.planner;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * KA122 Planner: Erasmus+ KA122-SCH applications, from a school's draft to a National
 * Agency's decision.
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class Ka122PlannerApplication {

	public static void main(String[] args) {
		SpringApplication.run(Ka122PlannerApplication.class, args);
	}

}
