package eu.ka122.planner.estimate.web;

import java.math.BigDecimal;
import java.util.List;

import eu.ka122.planner.shared.ApplicationPlan;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/**
 * The body of {@code POST /api/v1/estimates}, once {@link EstimateRequestReader} has
 * checked it: defaults applied, country codes normalised, distances computed from cities
 * where asked.
 */
@Schema(name = "EstimateRequest", description = "An application plan: the call, the applicant's country and the "
		+ "activity rows in the order the applicant entered them.")
record EstimateRequest(
		@Schema(description = "Call year; it must have a published rate table.", example = "2026",
				requiredMode = RequiredMode.REQUIRED) int callYear,
		@Schema(description = "Application round: 1 or 2.", minimum = "1", maximum = "2", defaultValue = "1",
				example = "1") int round,
		@Schema(description = "Country where the applicant is established, ISO 3166-1 alpha-2 (EL or GR for Greece).",
				example = "ES", requiredMode = RequiredMode.REQUIRED) String applicantCountry,
		@Schema(description = "Real costs of a financial guarantee, EUR; 80 % is granted.", defaultValue = "0",
				example = "0", minimum = "0", maximum = "10000000") BigDecimal financialGuaranteeCosts,
		@ArraySchema(schema = @Schema(implementation = ActivityRequest.class), maxItems = EstimateLimits.MAX_ACTIVITIES,
				arraySchema = @Schema(description = "The activity rows; row order matters for some rules.",
						requiredMode = RequiredMode.REQUIRED)) List<ActivityRequest> activities) {

	EstimateRequest {
		activities = List.copyOf(activities);
	}

	ApplicationPlan toPlan() {
		return new ApplicationPlan(this.callYear, this.round, this.applicantCountry, this.financialGuaranteeCosts,
				this.activities.stream().map(ActivityRequest::toPlannedActivity).toList());
	}

}
