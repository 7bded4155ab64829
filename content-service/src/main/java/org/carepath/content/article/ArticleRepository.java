package org.carepath.content.article;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface ArticleRepository extends Repository<Article, UUID> {

	List<Article> findByPublishedAtIsNotNullOrderByTitle();

}
