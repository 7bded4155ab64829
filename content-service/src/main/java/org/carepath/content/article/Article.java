package org.carepath.content.article;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "article")
class Article {

	@Id
	private UUID id;

	private String slug;

	private String title;

	private String summary;

	@Column(name = "published_at")
	private Instant publishedAt;

	protected Article() {
	}

	String getSlug() {
		return this.slug;
	}

	String getTitle() {
		return this.title;
	}

	String getSummary() {
		return this.summary;
	}

	Instant getPublishedAt() {
		return this.publishedAt;
	}

}
