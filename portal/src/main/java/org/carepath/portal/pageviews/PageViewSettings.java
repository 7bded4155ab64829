package org.carepath.portal.pageviews;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code carepath.portal.page-views.*}.
 *
 * @param flushInterval how often the counts go to the content service: at most this much
 * counting is lost when the portal dies
 * @param maxEntries (article, day) pairs kept between two sends at most
 * @param timeZone the clinic's zone, which decides the day a view counts for
 * @param clientRegistration the Spring Security OAuth2 client registration (client
 * credentials) the portal reports as
 */
@ConfigurationProperties("carepath.portal.page-views")
record PageViewSettings(@DefaultValue("10s") Duration flushInterval, @DefaultValue("10000") int maxEntries,
		@DefaultValue("UTC") ZoneId timeZone, @DefaultValue("portal") String clientRegistration) {
}
