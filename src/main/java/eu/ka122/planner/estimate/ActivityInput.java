package eu.ka122.planner.estimate;

import java.math.BigDecimal;

import eu.ka122.planner.shared.ActivityType;
import eu.ka122.planner.shared.PlannedActivity;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One activity row of a plan as typed into a form (the budget calculator and the
 * application form). The limits are the estimate API's input limits: anything inside them
 * is a plan the rules judge, anything outside is a typing error.
 */
public class ActivityInput {

	public static final String MAX_COST = "10000000";

	@NotNull
	private ActivityType type = ActivityType.JOB_SHADOWING;

	@NotNull
	@Size(min = 2, max = 2)
	private String destinationCountry = "IT";

	@Size(max = 200)
	private String originCity;

	@Size(max = 200)
	private String destinationCity;

	@Size(max = 300)
	private String hostingOrganisation;

	@NotNull
	@Min(0)
	@Max(10_000)
	private Integer participants = 1;

	@Min(0)
	@Max(10_000)
	private Integer participantsWithFewerOpportunities = 0;

	@Min(0)
	@Max(10_000)
	private Integer accompanyingPersons = 0;

	@NotNull
	@Min(0)
	@Max(400)
	private Integer durationDays = 5;

	@Min(0)
	@Max(400)
	private Integer travelDays = 0;

	@DecimalMin("0")
	@DecimalMax("20000")
	private BigDecimal distanceKm;

	private boolean greenTravel;

	@Min(0)
	@Max(10_000)
	private Integer linguisticSupportParticipants = 0;

	@Size(max = 300)
	private String courseTitle;

	private ActivityType preparesActivityType;

	@Size(max = 2000)
	private String shortDurationJustification;

	@DecimalMin("0")
	@DecimalMax(MAX_COST)
	private BigDecimal expensiveTravelCosts;

	@DecimalMin("0")
	@DecimalMax(MAX_COST)
	private BigDecimal visaAndMedicalCosts;

	@DecimalMin("0")
	@DecimalMax(MAX_COST)
	private BigDecimal inclusionSupportCosts;

	/**
	 * The row as the cores see it; blanks count as zero, the distance as resolved by the
	 * caller.
	 */
	public PlannedActivity toActivity(BigDecimal resolvedDistanceKm) {
		return new PlannedActivity(this.type, this.destinationCountry, blankToNull(this.destinationCity),
				blankToNull(this.hostingOrganisation), zero(this.participants),
				zero(this.participantsWithFewerOpportunities), zero(this.accompanyingPersons), zero(this.durationDays),
				zero(this.travelDays), resolvedDistanceKm, this.greenTravel, zero(this.linguisticSupportParticipants),
				blankToNull(this.courseTitle), this.preparesActivityType, blankToNull(this.shortDurationJustification),
				this.expensiveTravelCosts, this.visaAndMedicalCosts, this.inclusionSupportCosts);
	}

	private static int zero(Integer value) {
		return value == null ? 0 : value;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	/** A form filled with a stored row, for editing. */
	public static ActivityInput of(PlannedActivity row, String originCity) {
		ActivityInput input = new ActivityInput();
		input.type = row.type();
		input.destinationCountry = row.destinationCountry();
		input.originCity = originCity;
		input.destinationCity = row.destinationCity();
		input.hostingOrganisation = row.hostingOrganisation();
		input.participants = row.participants();
		input.participantsWithFewerOpportunities = row.participantsWithFewerOpportunities();
		input.accompanyingPersons = row.accompanyingPersons();
		input.durationDays = row.durationDays();
		input.travelDays = row.travelDays();
		input.distanceKm = row.distanceKm();
		input.greenTravel = row.greenTravel();
		input.linguisticSupportParticipants = row.linguisticSupportParticipants();
		input.courseTitle = row.courseTitle();
		input.preparesActivityType = row.preparesActivityType();
		input.shortDurationJustification = row.shortDurationJustification();
		input.expensiveTravelCosts = row.expensiveTravelCosts();
		input.visaAndMedicalCosts = row.visaAndMedicalCosts();
		input.inclusionSupportCosts = row.inclusionSupportCosts();
		return input;
	}

	public ActivityInput copy() {
		ActivityInput copy = new ActivityInput();
		copy.type = this.type;
		copy.destinationCountry = this.destinationCountry;
		copy.originCity = this.originCity;
		copy.destinationCity = this.destinationCity;
		copy.hostingOrganisation = this.hostingOrganisation;
		copy.participants = this.participants;
		copy.participantsWithFewerOpportunities = this.participantsWithFewerOpportunities;
		copy.accompanyingPersons = this.accompanyingPersons;
		copy.durationDays = this.durationDays;
		copy.travelDays = this.travelDays;
		copy.distanceKm = this.distanceKm;
		copy.greenTravel = this.greenTravel;
		copy.linguisticSupportParticipants = this.linguisticSupportParticipants;
		copy.courseTitle = this.courseTitle;
		copy.preparesActivityType = this.preparesActivityType;
		copy.shortDurationJustification = this.shortDurationJustification;
		copy.expensiveTravelCosts = this.expensiveTravelCosts;
		copy.visaAndMedicalCosts = this.visaAndMedicalCosts;
		copy.inclusionSupportCosts = this.inclusionSupportCosts;
		return copy;
	}

	public ActivityType getType() {
		return this.type;
	}

	public void setType(ActivityType type) {
		this.type = type;
	}

	public String getDestinationCountry() {
		return this.destinationCountry;
	}

	public void setDestinationCountry(String destinationCountry) {
		this.destinationCountry = destinationCountry;
	}

	public String getOriginCity() {
		return this.originCity;
	}

	public void setOriginCity(String originCity) {
		this.originCity = originCity;
	}

	public String getDestinationCity() {
		return this.destinationCity;
	}

	public void setDestinationCity(String destinationCity) {
		this.destinationCity = destinationCity;
	}

	public String getHostingOrganisation() {
		return this.hostingOrganisation;
	}

	public void setHostingOrganisation(String hostingOrganisation) {
		this.hostingOrganisation = hostingOrganisation;
	}

	public Integer getParticipants() {
		return this.participants;
	}

	public void setParticipants(Integer participants) {
		this.participants = participants;
	}

	public Integer getParticipantsWithFewerOpportunities() {
		return this.participantsWithFewerOpportunities;
	}

	public void setParticipantsWithFewerOpportunities(Integer participantsWithFewerOpportunities) {
		this.participantsWithFewerOpportunities = participantsWithFewerOpportunities;
	}

	public Integer getAccompanyingPersons() {
		return this.accompanyingPersons;
	}

	public void setAccompanyingPersons(Integer accompanyingPersons) {
		this.accompanyingPersons = accompanyingPersons;
	}

	public Integer getDurationDays() {
		return this.durationDays;
	}

	public void setDurationDays(Integer durationDays) {
		this.durationDays = durationDays;
	}

	public Integer getTravelDays() {
		return this.travelDays;
	}

	public void setTravelDays(Integer travelDays) {
		this.travelDays = travelDays;
	}

	public BigDecimal getDistanceKm() {
		return this.distanceKm;
	}

	public void setDistanceKm(BigDecimal distanceKm) {
		this.distanceKm = distanceKm;
	}

	public boolean isGreenTravel() {
		return this.greenTravel;
	}

	public void setGreenTravel(boolean greenTravel) {
		this.greenTravel = greenTravel;
	}

	public Integer getLinguisticSupportParticipants() {
		return this.linguisticSupportParticipants;
	}

	public void setLinguisticSupportParticipants(Integer linguisticSupportParticipants) {
		this.linguisticSupportParticipants = linguisticSupportParticipants;
	}

	public String getCourseTitle() {
		return this.courseTitle;
	}

	public void setCourseTitle(String courseTitle) {
		this.courseTitle = courseTitle;
	}

	public ActivityType getPreparesActivityType() {
		return this.preparesActivityType;
	}

	public void setPreparesActivityType(ActivityType preparesActivityType) {
		this.preparesActivityType = preparesActivityType;
	}

	public String getShortDurationJustification() {
		return this.shortDurationJustification;
	}

	public void setShortDurationJustification(String shortDurationJustification) {
		this.shortDurationJustification = shortDurationJustification;
	}

	public BigDecimal getExpensiveTravelCosts() {
		return this.expensiveTravelCosts;
	}

	public void setExpensiveTravelCosts(BigDecimal expensiveTravelCosts) {
		this.expensiveTravelCosts = expensiveTravelCosts;
	}

	public BigDecimal getVisaAndMedicalCosts() {
		return this.visaAndMedicalCosts;
	}

	public void setVisaAndMedicalCosts(BigDecimal visaAndMedicalCosts) {
		this.visaAndMedicalCosts = visaAndMedicalCosts;
	}

	public BigDecimal getInclusionSupportCosts() {
		return this.inclusionSupportCosts;
	}

	public void setInclusionSupportCosts(BigDecimal inclusionSupportCosts) {
		this.inclusionSupportCosts = inclusionSupportCosts;
	}

}
