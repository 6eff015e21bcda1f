package eu.ka122.planner.drafting.web;

import java.math.BigDecimal;

import eu.ka122.planner.drafting.Applications.FollowUp;
import eu.ka122.planner.estimate.ActivityInput;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;

/**
 * Section "Follow-up": results, evaluation, dissemination, visibility, priorities and
 * eTwinning.
 */
public class FollowUpForm {

	private long version;

	@Size(max = 3000)
	private String integration;

	@Size(max = 3000)
	private String evaluation;

	@Size(max = 3000)
	private String dissemination;

	@Size(max = 3000)
	private String visibility;

	private boolean inclusion;

	private boolean environment;

	private boolean digital;

	private boolean participation;

	@Size(max = 3000)
	private String etwinning;

	@DecimalMin("0")
	@DecimalMax(ActivityInput.MAX_COST)
	private BigDecimal financialGuaranteeCosts;

	FollowUp toFollowUp() {
		return new FollowUp(this.integration, this.evaluation, this.dissemination, this.visibility, this.inclusion,
				this.environment, this.digital, this.participation, this.etwinning, this.financialGuaranteeCosts);
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getIntegration() {
		return this.integration;
	}

	public void setIntegration(String integration) {
		this.integration = integration;
	}

	public String getEvaluation() {
		return this.evaluation;
	}

	public void setEvaluation(String evaluation) {
		this.evaluation = evaluation;
	}

	public String getDissemination() {
		return this.dissemination;
	}

	public void setDissemination(String dissemination) {
		this.dissemination = dissemination;
	}

	public String getVisibility() {
		return this.visibility;
	}

	public void setVisibility(String visibility) {
		this.visibility = visibility;
	}

	public boolean isInclusion() {
		return this.inclusion;
	}

	public void setInclusion(boolean inclusion) {
		this.inclusion = inclusion;
	}

	public boolean isEnvironment() {
		return this.environment;
	}

	public void setEnvironment(boolean environment) {
		this.environment = environment;
	}

	public boolean isDigital() {
		return this.digital;
	}

	public void setDigital(boolean digital) {
		this.digital = digital;
	}

	public boolean isParticipation() {
		return this.participation;
	}

	public void setParticipation(boolean participation) {
		this.participation = participation;
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
		this.financialGuaranteeCosts = financialGuaranteeCosts;
	}

}
