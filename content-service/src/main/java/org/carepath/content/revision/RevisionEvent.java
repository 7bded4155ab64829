package org.carepath.content.revision;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * One state change of a revision, kept for good: who moved it from what to what, when,
 * and why.
 */
@Entity
@Immutable
@Table(name = "revision_event")
class RevisionEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "from_state")
	private RevisionState from;

	@Column(name = "to_state")
	private RevisionState to;

	private String actor;

	private String actorName;

	private Instant at;

	private String comments;

	protected RevisionEvent() {
	}

	RevisionEvent(RevisionState from, RevisionState to, Staff actor, Instant at, String comments) {
		this.from = from;
		this.to = to;
		this.actor = actor.username();
		this.actorName = actor.name();
		this.at = at;
		this.comments = comments;
	}

	RevisionState from() {
		return this.from;
	}

	RevisionState to() {
		return this.to;
	}

	String actor() {
		return this.actor;
	}

	String actorName() {
		return this.actorName;
	}

	Instant at() {
		return this.at;
	}

	String comments() {
		return this.comments;
	}

}
