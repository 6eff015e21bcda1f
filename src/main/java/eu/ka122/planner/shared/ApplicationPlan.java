package eu.ka122.planner.shared;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * What an applicant plans, as far as eligibility and budget are concerned: the call, the
 * applicant's country, the activity rows in the order the applicant entered them (row
 * order matters for the organisational-support threshold and the one-visit-per-host rule)
 * and the application-level real costs.
 *
 * @param applicantCountry normalised like {@link PlannedActivity#destinationCountry()}
 * @param financialGuaranteeCosts real costs; null means none
 */
public record ApplicationPlan(int callYear, int round, String applicantCountry, BigDecimal financialGuaranteeCosts,
		List<PlannedActivity> activities) {

	public ApplicationPlan {
		applicantCountry = PlannedActivity.normaliseCountry(applicantCountry);
		financialGuaranteeCosts = Money.orZero(financialGuaranteeCosts);
		activities = (activities != null) ? List.copyOf(activities) : List.of();
	}

	/** A round-1 plan without financial guarantee. */
	public static ApplicationPlan of(int callYear, String applicantCountry, PlannedActivity... activities) {
		return new ApplicationPlan(callYear, 1, applicantCountry, BigDecimal.ZERO, Arrays.asList(activities));
	}

	public ApplicationPlan withRound(int round) {
		return new ApplicationPlan(this.callYear, round, this.applicantCountry, this.financialGuaranteeCosts,
				this.activities);
	}

	public ApplicationPlan withFinancialGuaranteeCosts(BigDecimal financialGuaranteeCosts) {
		return new ApplicationPlan(this.callYear, this.round, this.applicantCountry, financialGuaranteeCosts,
				this.activities);
	}

	public ApplicationPlan withActivities(List<PlannedActivity> activities) {
		return new ApplicationPlan(this.callYear, this.round, this.applicantCountry, this.financialGuaranteeCosts,
				activities);
	}

}
