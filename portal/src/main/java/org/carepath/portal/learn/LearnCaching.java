package org.carepath.portal.learn;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * ETags for the public education pages, computed from the page as rendered: a browser or
 * cache that revalidates gets a 304 instead of the page again. Taken from the whole page
 * rather than passed on from the content service, because the page is more than the
 * article (layout, header) and must change when any of it does.
 */
@Configuration(proxyBeanMethods = false)
class LearnCaching {

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> learnPageEtags() {
		ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter();
		filter.setWriteWeakETag(true);
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/learn", "/learn/*");
		return registration;
	}

}
