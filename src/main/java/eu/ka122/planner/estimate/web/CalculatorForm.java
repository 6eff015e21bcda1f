package eu.ka122.planner.estimate.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import eu.ka122.planner.estimate.ActivityInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The public budget calculator's form: a plan without an organisation, dates or
 * declaration.
 */
public class CalculatorForm {

	static final int MAX_ROWS = 100;

	@NotNull
	@Min(2021)
	@Max(2100)
	private Integer callYear = 2026;

	@NotNull
	@Min(1)
	@Max(2)
	private Integer round = 1;

	@NotNull
	@Size(min = 2, max = 2)
	private String applicantCountry = "ES";

	@DecimalMin("0")
	@DecimalMax(ActivityInput.MAX_COST)
	private BigDecimal financialGuaranteeCosts;

	@Valid
	@Size(max = MAX_ROWS)
	private List<ActivityInput> activities = new ArrayList<>(List.of(new ActivityInput()));

	public Integer getCallYear() {
		return this.callYear;
	}

	public void setCallYear(Integer callYear) {
		this.callYear = callYear;
	}

	public Integer getRound() {
		return this.round;
	}

	public void setRound(Integer round) {
		this.round = round;
	}

	public String getApplicantCountry() {
		return this.applicantCountry;
	}

	public void setApplicantCountry(String applicantCountry) {
		this.applicantCountry = applicantCountry;
	}

	public BigDecimal getFinancialGuaranteeCosts() {
		return this.financialGuaranteeCosts;
	}

	public void setFinancialGuaranteeCosts(BigDecimal financialGuaranteeCosts) {
		this.financialGuaranteeCosts = financialGuaranteeCosts;
	}

	public List<ActivityInput> getActivities() {
		return this.activities;
	}

	public void setActivities(List<ActivityInput> activities) {
		this.activities = activities;
	}

}
