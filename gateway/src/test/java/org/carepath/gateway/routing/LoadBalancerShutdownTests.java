package org.carepath.gateway.routing;

import java.time.Duration;
import java.time.Instant;

import org.carepath.gateway.test.GatewayInstance;
import org.carepath.support.test.TestRedis;
import org.junit.jupiter.api.Test;

import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load balancer's readiness checks (every 2 s, from the start) end before the
 * gateway's Netty event loops do: while they ran, the loops were never quiet and every
 * stop waited out the loops' 15 s timeout.
 */
class LoadBalancerShutdownTests {

	@Test
	void aStoppingGatewayEndsItsReadinessChecksBeforeItsEventLoops() {
		TestRedis.shared().start();
		GatewayInstance gateway = GatewayInstance.start();
		LoadBalancerClientFactory loadBalancers = gateway.context().getBean(LoadBalancerClientFactory.class);
		assertThat(loadBalancers.getContextNames()).contains("intake-service", "referral-service", "content-service",
				"portal");

		Instant stopping = Instant.now();
		gateway.close();

		// a behaviour bound, not a speed figure: far above a stop's usual second, below
		// the 15 s a stop waited while the checks kept the loops busy
		assertThat(Duration.between(stopping, Instant.now())).isLessThan(Duration.ofSeconds(10));
		assertThat(loadBalancers.getContextNames()).isEmpty();
	}

}
