package org.carepath.content.revision;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface Articles extends Repository<Article, UUID> {

	Optional<Article> findBySlug(String slug);

	/** For a change: serializes the editorial actions on one article. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Article a where a.slug = :slug")
	Optional<Article> lockBySlug(String slug);

	boolean existsBySlug(String slug);

	Article saveAndFlush(Article article);

}
