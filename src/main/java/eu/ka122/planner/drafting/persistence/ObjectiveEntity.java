package eu.ka122.planner.drafting.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "application_objective")
public class ObjectiveEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "application_id")
	private ApplicationEntity application;

	private int position;

	@Column(nullable = false)
	private String text;

	@Version
	private long version;

	protected ObjectiveEntity() {
	}

	public ObjectiveEntity(ApplicationEntity application, String text) {
		this.application = application;
		this.text = text;
		this.position = application.getObjectives().size();
	}

	public Long getId() {
		return this.id;
	}

	public int getPosition() {
		return this.position;
	}

	void setPosition(int position) {
		this.position = position;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public long getVersion() {
		return this.version;
	}

}
