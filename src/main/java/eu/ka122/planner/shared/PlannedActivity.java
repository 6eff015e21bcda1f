package eu.ka122.planner.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One row of an application: a group of identical participants going to one hosting
 * organisation in one destination country for the same duration. The record accepts any
 * numbers: whether they make sense is for the API's input validation and the eligibility
 * rules to say, and the budget is computed as requested whatever they say.
 *
 * @param type required, every rule and formula depends on it
 * @param destinationCountry normalised when it is a country code ({@code gr} becomes
 * {@code EL}), kept as given otherwise so that a rule can still name it
 * @param distanceKm one-way distance, rounded half-up to 0.01 km as the rulebook requires
 * before use
 * @param expensiveTravelCosts real costs; null means none
 * @param visaAndMedicalCosts real costs; null means none
 * @param inclusionSupportCosts real costs; null means none
 */
public record PlannedActivity(ActivityType type, String destinationCountry, String destinationCity,
		String hostingOrganisation, int participants, int participantsWithFewerOpportunities, int accompanyingPersons,
		int durationDays, int travelDays, BigDecimal distanceKm, boolean greenTravel, int linguisticSupportParticipants,
		String courseTitle, ActivityType preparesActivityType, String shortDurationJustification,
		BigDecimal expensiveTravelCosts, BigDecimal visaAndMedicalCosts, BigDecimal inclusionSupportCosts) {

	public PlannedActivity {
		Objects.requireNonNull(type, "type");
		destinationCountry = normaliseCountry(destinationCountry);
		distanceKm = Money.orZero(distanceKm).setScale(2, RoundingMode.HALF_UP);
		expensiveTravelCosts = Money.orZero(expensiveTravelCosts);
		visaAndMedicalCosts = Money.orZero(visaAndMedicalCosts);
		inclusionSupportCosts = Money.orZero(inclusionSupportCosts);
	}

	/**
	 * A row with nothing but its type, destination, size and duration; everything else
	 * zero, false or absent.
	 */
	public static PlannedActivity of(ActivityType type, String destinationCountry, int participants, int durationDays) {
		return new PlannedActivity(type, destinationCountry, null, null, participants, 0, 0, durationDays, 0,
				BigDecimal.ZERO, false, 0, null, null, null, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
	}

	static String normaliseCountry(String code) {
		return (code != null) ? Countries.normalise(code).orElse(code) : null;
	}

	public PlannedActivity withType(ActivityType type) {
		return new PlannedActivity(type, this.destinationCountry, this.destinationCity, this.hostingOrganisation,
				this.participants, this.participantsWithFewerOpportunities, this.accompanyingPersons, this.durationDays,
				this.travelDays, this.distanceKm, this.greenTravel, this.linguisticSupportParticipants,
				this.courseTitle, this.preparesActivityType, this.shortDurationJustification, this.expensiveTravelCosts,
				this.visaAndMedicalCosts, this.inclusionSupportCosts);
	}

	public PlannedActivity withDestinationCountry(String destinationCountry) {
		return new PlannedActivity(this.type, destinationCountry, this.destinationCity, this.hostingOrganisation,
				this.participants, this.participantsWithFewerOpportunities, this.accompanyingPersons, this.durationDays,
				this.travelDays, this.distanceKm, this.greenTravel, this.linguisticSupportParticipants,
				this.courseTitle, this.preparesActivityType, this.shortDurationJustification, this.expensiveTravelCosts,
				this.visaAndMedicalCosts, this.inclusionSupportCosts);
	}

	public PlannedActivity withDestinationCity(String destinationCity) {
		return new PlannedActivity(this.type, this.destinationCountry, destinationCity, this.hostingOrganisation,
				this.participants, this.participantsWithFewerOpportunities, this.accompanyingPersons, this.durationDays,
				this.travelDays, this.distanceKm, this.greenTravel, this.linguisticSupportParticipants,
				this.courseTitle, this.preparesActivityType, this.shortDurationJustification, this.expensiveTravelCosts,
				this.visaAndMedicalCosts, this.inclusionSupportCosts);
	}

	public PlannedActivity withHostingOrganisation(String hostingOrganisation) {
		return new PlannedActivity(this.type, this.destinationCountry, this.destinationCity, hostingOrganisation,
				this.participants, this.participantsWithFewerOpportunities, this.accompanyingPersons, this.durationDays,
				this.travelDays, this.distanceKm, this.greenTravel, this.linguisticSupportParticipants,
				this.courseTitle, this.preparesActivityType, this.shortDurationJustification, this.expensiveTravelCosts,
				this.visaAndMedicalCosts, this.inclusionSupportCosts);
	}

	public PlannedActivity withParticipants(int participants) {
		return new PlannedActivity(this.type, this.destinationCountry, this.destinationCity, this.hostingOrganisation,
				participants, this.participantsWithFewerOpportunities, this.accompanyingPersons, this.durationDays,
				this.travelDays, this.distanceKm, this.greenTravel, this.linguisticSupportParticipants,
				this.courseTitle, this.preparesActivityType, this.shortDurationJustification, this.expensiveTravelCosts,
				this.visaAndMedicalCosts, this.inclusionSupportCosts);
	}

	public PlannedActivity withParticipantsWithFewerOpportunities(int participantsWithFewerOpportunities) {
		return new PlannedActivity(this.type, this.destinationCountry, this.destinationCity, this.hostingOrganisation,
				this.participants, participantsWithFewerOpportunities, this.accompanyingPersons, this.durationDays,
				this.travelDays, this.distanceKm, this.greenTravel, this.linguisticSupportParticipants,
				this.courseTitle, this.preparesActivityType, this.shortDurationJustification, this.expensiveTravelCosts,
				this.visaAndMedicalCosts, this.inclusionSupportCosts);
	}

	public PlannedActivity withAccompanyingPersons(int accompanyingPersons) {
		return new PlannedActivity(this.type, this.destinationCountry, this.destinationCity, this.hostingOrganisation,
				this.participants, this.participantsWithFewerOpportunities, accompanyingPersons, this.durationDays,
				this.travelDays, this.distanceKm, this.greenTravel, this.linguisticSupportParticipants,
				this.courseTitle, this.preparesActivityType, this.shortDurationJustification, this.expensiveTravelCosts,
				this.visaAndMedicalCosts, this.inclusionSupportCosts);
	}

	public PlannedActivity withDurationDays(int durationDays) {
		return new PlannedActivity(this.type, this.destinationCountry, this.destinationCity, this.hostingOrganisation,
				this.participants, this.participantsWithFewerOpportunities, this.accompanyingPersons, durationDays,
				this.travelDays, this.distanceKm, this.greenTravel, this.linguisticSupportParticipants,
				this.courseTitle, this.preparesActivityType, this.shortDurationJustification, this.expensiveTravelCosts,
				this.visaAndMedicalCosts, this.inclusionSupportCosts);
	}

	public PlannedActivity withTravelDays(int travelDays) {
		return new PlannedActivity(this.type, this.destinationCountry, this.destinationCity, this.hostingOrganisation,
				this.participants, this.participantsWithFewerOpportunities, this.accompanyingPersons, this.durationDays,
				travelDays, this.distanceKm, this.greenTravel, this.linguisticSupportParticipants, this.courseTitle,
				this.preparesActivityType, this.shortDurationJustification, this.expensiveTravelCosts,
				this.visaAndMedicalCosts, this.inclusionSupportCosts);
	}

	public PlannedActivity withDistanceKm(BigDecimal distanceKm) {
		return new PlannedActivity(this.type, this.destinationCountry, this.destinationCity, this.hostingOrganisation,
				this.participants, this.participantsWithFewerOpportunities, this.accompanyingPersons, this.durationDays,
				this.travelDays, distanceKm, this.greenTravel, this.linguisticSupportParticipants, this.courseTitle,
				this.preparesActivityType, this.shortDurationJustification, this.expensiveTravelCosts,
				this.visaAndMedicalCosts, this.inclusionSupportCosts);
	}

	public PlannedActivity withDistanceKm(String distanceKm) {
		return withDistanceKm(new BigDecimal(distanceKm));
	}

	public PlannedActivity withGreenTravel(boolean greenTravel) {
		return new PlannedActivity(this.type, this.destinationCountry, this.destinationCity, this.hostingOrganisation,
				this.participants, this.participantsWithFewerOpportunities, this.accompanyingPersons, this.durationDays,
				this.travelDays, this.distanceKm, greenTravel, this.linguisticSupportParticipants, this.courseTitle,
				this.preparesActivityType, this.shortDurationJustification, this.expensiveTravelCosts,
				this.visaAndMedicalCosts, this.inclusionSupportCosts);
	}

	public PlannedActivity withLinguisticSupportParticipants(int linguisticSupportParticipants) {
		return new PlannedActivity(this.type, this.destinationCountry, this.destinationCity, this.hostingOrganisation,
				this.participants, this.participantsWithFewerOpportunities, this.accompanyingPersons, this.durationDays,
				this.travelDays, this.distanceKm, this.greenTravel, linguisticSupportParticipants, this.courseTitle,
				this.preparesActivityType, this.shortDurationJustification, this.expensiveTravelCosts,
				this.visaAndMedicalCosts, this.inclusionSupportCosts);
	}

	public PlannedActivity withCourseTitle(String courseTitle) {
		return new PlannedActivity(this.type, this.destinationCountry, this.destinationCity, this.hostingOrganisation,
				this.participants, this.participantsWithFewerOpportunities, this.accompanyingPersons, this.durationDays,
				this.travelDays, this.distanceKm, this.greenTravel, this.linguisticSupportParticipants, courseTitle,
				this.preparesActivityType, this.shortDurationJustification, this.expensiveTravelCosts,
				this.visaAndMedicalCosts, this.inclusionSupportCosts);
	}

	public PlannedActivity withPreparesActivityType(ActivityType preparesActivityType) {
		return new PlannedActivity(this.type, this.destinationCountry, this.destinationCity, this.hostingOrganisation,
				this.participants, this.participantsWithFewerOpportunities, this.accompanyingPersons, this.durationDays,
				this.travelDays, this.distanceKm, this.greenTravel, this.linguisticSupportParticipants,
				this.courseTitle, preparesActivityType, this.shortDurationJustification, this.expensiveTravelCosts,
				this.visaAndMedicalCosts, this.inclusionSupportCosts);
	}

	public PlannedActivity withShortDurationJustification(String shortDurationJustification) {
		return new PlannedActivity(this.type, this.destinationCountry, this.destinationCity, this.hostingOrganisation,
				this.participants, this.participantsWithFewerOpportunities, this.accompanyingPersons, this.durationDays,
				this.travelDays, this.distanceKm, this.greenTravel, this.linguisticSupportParticipants,
				this.courseTitle, this.preparesActivityType, shortDurationJustification, this.expensiveTravelCosts,
				this.visaAndMedicalCosts, this.inclusionSupportCosts);
	}

	public PlannedActivity withExpensiveTravelCosts(BigDecimal expensiveTravelCosts) {
		return new PlannedActivity(this.type, this.destinationCountry, this.destinationCity, this.hostingOrganisation,
				this.participants, this.participantsWithFewerOpportunities, this.accompanyingPersons, this.durationDays,
				this.travelDays, this.distanceKm, this.greenTravel, this.linguisticSupportParticipants,
				this.courseTitle, this.preparesActivityType, this.shortDurationJustification, expensiveTravelCosts,
				this.visaAndMedicalCosts, this.inclusionSupportCosts);
	}

	public PlannedActivity withVisaAndMedicalCosts(BigDecimal visaAndMedicalCosts) {
		return new PlannedActivity(this.type, this.destinationCountry, this.destinationCity, this.hostingOrganisation,
				this.participants, this.participantsWithFewerOpportunities, this.accompanyingPersons, this.durationDays,
				this.travelDays, this.distanceKm, this.greenTravel, this.linguisticSupportParticipants,
				this.courseTitle, this.preparesActivityType, this.shortDurationJustification, this.expensiveTravelCosts,
				visaAndMedicalCosts, this.inclusionSupportCosts);
	}

	public PlannedActivity withInclusionSupportCosts(BigDecimal inclusionSupportCosts) {
		return new PlannedActivity(this.type, this.destinationCountry, this.destinationCity, this.hostingOrganisation,
				this.participants, this.participantsWithFewerOpportunities, this.accompanyingPersons, this.durationDays,
				this.travelDays, this.distanceKm, this.greenTravel, this.linguisticSupportParticipants,
				this.courseTitle, this.preparesActivityType, this.shortDurationJustification, this.expensiveTravelCosts,
				this.visaAndMedicalCosts, inclusionSupportCosts);
	}

	/** Days of individual support: the physical part plus travel days. */
	public int supportDays() {
		return this.durationDays + this.travelDays;
	}

}
