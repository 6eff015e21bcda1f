package eu.ka122.planner.drafting.persistence;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

import eu.ka122.planner.shared.ActivityType;
import eu.ka122.planner.shared.PlannedActivity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "application_activity")
public class ActivityEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "application_id")
	private ApplicationEntity application;

	private int position;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ActivityType type;

	@Column(nullable = false)
	private String destinationCountry;

	private String originCity;

	private String destinationCity;

	private String hostingOrganisation;

	private int participants;

	@Column(name = "participants_fewer_opportunities")
	private int participantsWithFewerOpportunities;

	private int accompanyingPersons;

	private int durationDays;

	private int travelDays;

	private BigDecimal distanceKm;

	private boolean greenTravel;

	private int linguisticSupportParticipants;

	private String courseTitle;

	@Enumerated(EnumType.STRING)
	private ActivityType preparesActivityType;

	private String shortDurationJustification;

	@Column(nullable = false)
	private BigDecimal expensiveTravelCosts = BigDecimal.ZERO;

	@Column(nullable = false)
	private BigDecimal visaAndMedicalCosts = BigDecimal.ZERO;

	@Column(nullable = false)
	private BigDecimal inclusionSupportCosts = BigDecimal.ZERO;

	@ManyToMany
	@JoinTable(name = "application_activity_objective", joinColumns = @JoinColumn(name = "activity_id"),
			inverseJoinColumns = @JoinColumn(name = "objective_id"))
	private Set<ObjectiveEntity> objectives = new LinkedHashSet<>();

	@Version
	private long version;

	protected ActivityEntity() {
	}

	public ActivityEntity(ApplicationEntity application) {
		this.application = application;
		this.position = application.getActivities().size();
	}

	/** The row as the rules and budget cores see it. */
	public PlannedActivity toPlanned() {
		return new PlannedActivity(this.type, this.destinationCountry, this.destinationCity, this.hostingOrganisation,
				this.participants, this.participantsWithFewerOpportunities, this.accompanyingPersons, this.durationDays,
				this.travelDays, this.distanceKm, this.greenTravel, this.linguisticSupportParticipants,
				this.courseTitle, this.preparesActivityType, this.shortDurationJustification, this.expensiveTravelCosts,
				this.visaAndMedicalCosts, this.inclusionSupportCosts);
	}

	/**
	 * Copies every field of a planned row (and the cities, which the plan does not
	 * carry).
	 */
	public void apply(PlannedActivity row, String originCity) {
		this.type = row.type();
		this.destinationCountry = row.destinationCountry();
		this.originCity = originCity;
		this.destinationCity = row.destinationCity();
		this.hostingOrganisation = row.hostingOrganisation();
		this.participants = row.participants();
		this.participantsWithFewerOpportunities = row.participantsWithFewerOpportunities();
		this.accompanyingPersons = row.accompanyingPersons();
		this.durationDays = row.durationDays();
		this.travelDays = row.travelDays();
		this.distanceKm = row.distanceKm();
		this.greenTravel = row.greenTravel();
		this.linguisticSupportParticipants = row.linguisticSupportParticipants();
		this.courseTitle = row.courseTitle();
		this.preparesActivityType = row.preparesActivityType();
		this.shortDurationJustification = row.shortDurationJustification();
		this.expensiveTravelCosts = row.expensiveTravelCosts();
		this.visaAndMedicalCosts = row.visaAndMedicalCosts();
		this.inclusionSupportCosts = row.inclusionSupportCosts();
	}

	public Long getId() {
		return this.id;
	}

	public ApplicationEntity getApplication() {
		return this.application;
	}

	public int getPosition() {
		return this.position;
	}

	void setPosition(int position) {
		this.position = position;
	}

	public ActivityType getType() {
		return this.type;
	}

	public String getDestinationCountry() {
		return this.destinationCountry;
	}

	public String getOriginCity() {
		return this.originCity;
	}

	public String getDestinationCity() {
		return this.destinationCity;
	}

	public String getHostingOrganisation() {
		return this.hostingOrganisation;
	}

	public int getParticipants() {
		return this.participants;
	}

	public int getParticipantsWithFewerOpportunities() {
		return this.participantsWithFewerOpportunities;
	}

	public int getAccompanyingPersons() {
		return this.accompanyingPersons;
	}

	public int getDurationDays() {
		return this.durationDays;
	}

	public int getTravelDays() {
		return this.travelDays;
	}

	public BigDecimal getDistanceKm() {
		return this.distanceKm;
	}

	public boolean isGreenTravel() {
		return this.greenTravel;
	}

	public int getLinguisticSupportParticipants() {
		return this.linguisticSupportParticipants;
	}

	public String getCourseTitle() {
		return this.courseTitle;
	}

	public ActivityType getPreparesActivityType() {
		return this.preparesActivityType;
	}

	public String getShortDurationJustification() {
		return this.shortDurationJustification;
	}

	public BigDecimal getExpensiveTravelCosts() {
		return this.expensiveTravelCosts;
	}

	public BigDecimal getVisaAndMedicalCosts() {
		return this.visaAndMedicalCosts;
	}

	public BigDecimal getInclusionSupportCosts() {
		return this.inclusionSupportCosts;
	}

	public Set<ObjectiveEntity> getObjectives() {
		return this.objectives;
	}

	public long getVersion() {
		return this.version;
	}

}
