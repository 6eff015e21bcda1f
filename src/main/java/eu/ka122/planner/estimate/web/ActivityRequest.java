package eu.ka122.planner.estimate.web;

import java.math.BigDecimal;

import eu.ka122.planner.shared.ActivityType;
import eu.ka122.planner.shared.PlannedActivity;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/**
 * One activity row of an {@link EstimateRequest}; field names and enum values are the
 * rulebook's.
 */
@Schema(name = "EstimateRequestActivity", description = "One activity row: a group of identical participants going "
		+ "to one hosting organisation in one destination country for the same duration.")
record ActivityRequest(@Schema(example = "JOB_SHADOWING", requiredMode = RequiredMode.REQUIRED) ActivityType type,
		@Schema(description = "ISO 3166-1 alpha-2 (EL or GR for Greece).", example = "IT",
				requiredMode = RequiredMode.REQUIRED) String destinationCountry,
		@Schema(description = "Venue city; with originCity it gives the distance when distanceKm is left out.",
				example = "Rome", nullable = true) String destinationCity,
		@Schema(description = "Where participants travel from; only used to compute the distance.", example = "Madrid",
				nullable = true) String originCity,
		@Schema(description = "Country of originCity; default the applicant's country.", example = "ES",
				nullable = true) String originCountry,
		@Schema(example = "Istituto Comprensivo Roma 1", nullable = true) String hostingOrganisation,
		@Schema(example = "3", minimum = "0", maximum = "10000", requiredMode = RequiredMode.REQUIRED) int participants,
		@Schema(example = "1", minimum = "0", maximum = "10000",
				defaultValue = "0") int participantsWithFewerOpportunities,
		@Schema(example = "0", minimum = "0", maximum = "10000", defaultValue = "0") int accompanyingPersons,
		@Schema(description = "Days of the physical activity, travel days excluded.", example = "10", minimum = "0",
				maximum = "400", requiredMode = RequiredMode.REQUIRED) int durationDays,
		@Schema(example = "2", minimum = "0", maximum = "400", defaultValue = "0") int travelDays,
		@Schema(description = "One-way distance in km, rounded half-up to 0.01 km before use. Leave it out to have it "
				+ "computed from originCity and destinationCity.", example = "1365.28", minimum = "0",
				maximum = "20000", defaultValue = "0") BigDecimal distanceKm,
		@Schema(example = "false", defaultValue = "false") boolean greenTravel,
		@Schema(example = "0", minimum = "0", maximum = "10000", defaultValue = "0") int linguisticSupportParticipants,
		@Schema(description = "COURSE only.", nullable = true) String courseTitle,
		@Schema(description = "PREPARATORY_VISIT only.", nullable = true) ActivityType preparesActivityType,
		@Schema(description = "SHORT_TERM_PUPIL_MOBILITY only.", nullable = true) String shortDurationJustification,
		@Schema(description = "Real costs, EUR.", example = "0", minimum = "0", maximum = "10000000",
				defaultValue = "0") BigDecimal expensiveTravelCosts,
		@Schema(description = "Real costs, EUR.", example = "0", minimum = "0", maximum = "10000000",
				defaultValue = "0") BigDecimal visaAndMedicalCosts,
		@Schema(description = "Real costs, EUR.", example = "0", minimum = "0", maximum = "10000000",
				defaultValue = "0") BigDecimal inclusionSupportCosts) {

	PlannedActivity toPlannedActivity() {
		return new PlannedActivity(this.type, this.destinationCountry, this.destinationCity, this.hostingOrganisation,
				this.participants, this.participantsWithFewerOpportunities, this.accompanyingPersons, this.durationDays,
				this.travelDays, this.distanceKm, this.greenTravel, this.linguisticSupportParticipants,
				this.courseTitle, this.preparesActivityType, this.shortDurationJustification, this.expensiveTravelCosts,
				this.visaAndMedicalCosts, this.inclusionSupportCosts);
	}

}
