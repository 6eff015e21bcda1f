package eu.ka122.planner.drafting.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import eu.ka122.planner.drafting.ApplicationStatus;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An application and its sections. Objectives and activities are children ordered by
 * position.
 */
@Entity
@Table(name = "application")
public class ApplicationEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Long organisationId;

	@Column(nullable = false)
	private String agencyCode;

	private int callYear;

	private int round;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ApplicationStatus status = ApplicationStatus.DRAFT;

	private String title;

	private LocalDate projectStart;

	private Integer durationMonths;

	private String language;

	private String background;

	private String followUpIntegration;

	private String followUpEvaluation;

	private String followUpDissemination;

	private String followUpVisibility;

	private boolean priorityInclusion;

	private boolean priorityEnvironment;

	private boolean priorityDigital;

	private boolean priorityParticipation;

	private String etwinning;

	@Column(nullable = false)
	private BigDecimal financialGuaranteeCosts = BigDecimal.ZERO;

	private String legalRepresentative;

	private boolean declarationAccepted;

	private String reference;

	private Instant submittedAt;

	private Instant withdrawnAt;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<ObjectiveEntity> objectives = new ArrayList<>();

	@OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<ActivityEntity> activities = new ArrayList<>();

	protected ApplicationEntity() {
	}

	public ApplicationEntity(Long organisationId, String agencyCode, int callYear, int round, Instant now) {
		this.organisationId = organisationId;
		this.agencyCode = agencyCode;
		this.callYear = callYear;
		this.round = round;
		this.createdAt = now;
		this.updatedAt = now;
	}

	public void touch(Instant now) {
		this.updatedAt = now;
	}

	public void submit(String reference, Instant now) {
		this.status = ApplicationStatus.SUBMITTED;
		this.reference = reference;
		this.submittedAt = now;
		this.updatedAt = now;
	}

	public void withdraw(Instant now) {
		this.status = ApplicationStatus.WITHDRAWN;
		this.withdrawnAt = now;
		this.updatedAt = now;
	}

	public void renumber() {
		for (int i = 0; i < this.objectives.size(); i++) {
			this.objectives.get(i).setPosition(i);
		}
		for (int i = 0; i < this.activities.size(); i++) {
			this.activities.get(i).setPosition(i);
		}
	}

	public Long getId() {
		return this.id;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public String getAgencyCode() {
		return this.agencyCode;
	}

	public int getCallYear() {
		return this.callYear;
	}

	public int getRound() {
		return this.round;
	}

	public ApplicationStatus getStatus() {
		return this.status;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public LocalDate getProjectStart() {
		return this.projectStart;
	}

	public void setProjectStart(LocalDate projectStart) {
		this.projectStart = projectStart;
	}

	public Integer getDurationMonths() {
		return this.durationMonths;
	}

	public void setDurationMonths(Integer durationMonths) {
		this.durationMonths = durationMonths;
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public String getBackground() {
		return this.background;
	}

	public void setBackground(String background) {
		this.background = background;
	}

	public String getFollowUpIntegration() {
		return this.followUpIntegration;
	}

	public void setFollowUpIntegration(String followUpIntegration) {
		this.followUpIntegration = followUpIntegration;
	}

	public String getFollowUpEvaluation() {
		return this.followUpEvaluation;
	}

	public void setFollowUpEvaluation(String followUpEvaluation) {
		this.followUpEvaluation = followUpEvaluation;
	}

	public String getFollowUpDissemination() {
		return this.followUpDissemination;
	}

	public void setFollowUpDissemination(String followUpDissemination) {
		this.followUpDissemination = followUpDissemination;
	}

	public String getFollowUpVisibility() {
		return this.followUpVisibility;
	}

	public void setFollowUpVisibility(String followUpVisibility) {
		this.followUpVisibility = followUpVisibility;
	}

	public boolean isPriorityInclusion() {
		return this.priorityInclusion;
	}

	public void setPriorityInclusion(boolean priorityInclusion) {
		this.priorityInclusion = priorityInclusion;
	}

	public boolean isPriorityEnvironment() {
		return this.priorityEnvironment;
	}

	public void setPriorityEnvironment(boolean priorityEnvironment) {
		this.priorityEnvironment = priorityEnvironment;
	}

	public boolean isPriorityDigital() {
		return this.priorityDigital;
	}

	public void setPriorityDigital(boolean priorityDigital) {
		this.priorityDigital = priorityDigital;
	}

	public boolean isPriorityParticipation() {
		return this.priorityParticipation;
	}

	public void setPriorityParticipation(boolean priorityParticipation) {
		this.priorityParticipation = priorityParticipation;
	}

	public String getEtwinning() {
		return this.etwinning;
	}

	public void setEtwinning(String etwinning) {
		this.etwinning = etwinning;
	}

	public BigDecimal getFinancialGuaranteeCosts() {
		return this.financialGuaranteeCosts;
	}

	public void setFinancialGuaranteeCosts(BigDecimal financialGuaranteeCosts) {
		this.financialGuaranteeCosts = financialGuaranteeCosts == null ? BigDecimal.ZERO : financialGuaranteeCosts;
	}

	public String getLegalRepresentative() {
		return this.legalRepresentative;
	}

	public void setLegalRepresentative(String legalRepresentative) {
		this.legalRepresentative = legalRepresentative;
	}

	public boolean isDeclarationAccepted() {
		return this.declarationAccepted;
	}

	public void setDeclarationAccepted(boolean declarationAccepted) {
		this.declarationAccepted = declarationAccepted;
	}

	public String getReference() {
		return this.reference;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public Instant getWithdrawnAt() {
		return this.withdrawnAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

	public List<ObjectiveEntity> getObjectives() {
		return this.objectives;
	}

	public List<ActivityEntity> getActivities() {
		return this.activities;
	}

}
