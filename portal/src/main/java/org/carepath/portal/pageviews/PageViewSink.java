package org.carepath.portal.pageviews;

import java.util.List;

/** Where batches of counts go: the content service ({@link ContentPageViews}). */
interface PageViewSink {

	/**
	 * Adds the counts; the same key sent again adds nothing.
	 * @throws RefusedBatch when the service refuses the batch itself (it will never be
	 * taken); any other exception means it may be taken later
	 */
	void send(String key, List<DayCount> days);

	/** The service said the batch is wrong: sending it again cannot help. */
	class RefusedBatch extends RuntimeException {

		RefusedBatch(int status) {
			super("The content service refused the page-view batch with status " + status);
		}

	}

}
