package eu.ka122.planner.drafting.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The declaration on honour, accepted by the legal representative. */
public class SubmitForm {

	@NotBlank
	@Size(max = 200)
	private String legalRepresentative;

	@AssertTrue
	private boolean declarationAccepted;

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

}
