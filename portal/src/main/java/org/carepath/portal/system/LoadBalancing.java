package org.carepath.portal.system;

import org.carepath.support.idempotency.IdempotencyKeys;

import org.springframework.boot.restclient.autoconfigure.RestClientBuilderConfigurer;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.LoadBalanced;
import org.springframework.cloud.client.loadbalancer.LoadBalancedRetryContext;
import org.springframework.cloud.client.loadbalancer.LoadBalancedRetryFactory;
import org.springframework.cloud.client.loadbalancer.LoadBalancedRetryPolicy;
import org.springframework.cloud.client.loadbalancer.ServiceInstanceChooser;
import org.springframework.cloud.client.loadbalancer.reactive.ReactiveLoadBalancer;
import org.springframework.cloud.loadbalancer.blocking.retry.BlockingLoadBalancedRetryFactory;
import org.springframework.cloud.loadbalancer.blocking.retry.BlockingLoadBalancedRetryPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpRequest;
import org.springframework.web.client.RestClient;

/**
 * The portal reaches every service through Spring Cloud LoadBalancer: a client names a
 * service id ({@code http://intake-service}) and each call goes to one of its instances,
 * listed in {@code spring.cloud.discovery.client.simple.instances.<service-id>[i].uri}
 * (application.yml; element 0 defaults to {@code carepath.services.*-url}). When the
 * connection to an instance is refused, the call is tried once more on another instance,
 * but only when repeating it is harmless ({@link IdempotencyKeys#safeToRepeat}:
 * {@code GET}, {@code HEAD}, {@code OPTIONS}, or a {@code POST} carrying an
 * {@code Idempotency-Key}). A call that timed out is not repeated: the first instance may
 * still be doing it.
 */
@Configuration(proxyBeanMethods = false)
class LoadBalancing {

	/**
	 * Boot's builder (timeouts, observations), load-balanced. The only builder in the
	 * portal: every call it makes goes to a CarePath service.
	 */
	@Bean
	@LoadBalanced
	RestClient.Builder loadBalancedRestClientBuilder(RestClientBuilderConfigurer configurer) {
		return configurer.configure(RestClient.builder());
	}

	@Bean
	LoadBalancedRetryFactory idempotentRequestRetries(ReactiveLoadBalancer.Factory<ServiceInstance> loadBalancers) {
		return new BlockingLoadBalancedRetryFactory(loadBalancers) {

			@Override
			public LoadBalancedRetryPolicy createRetryPolicy(String service, ServiceInstanceChooser chooser) {
				return new BlockingLoadBalancedRetryPolicy(loadBalancers.getProperties(service)) {

					@Override
					public boolean canRetry(LoadBalancedRetryContext context) {
						return isSafeToRepeat(context.getRequest());
					}

				};
			}

		};
	}

	static boolean isSafeToRepeat(HttpRequest request) {
		return IdempotencyKeys.safeToRepeat(request.getMethod(), request.getHeaders());
	}

}
