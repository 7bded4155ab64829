package org.carepath.gateway.routing;

import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Closes the load balancer's per-service contexts, and so their readiness checks, when
 * the gateway stops: after the web server's graceful shutdown, before the Netty event
 * loops are disposed ({@code ReactorResourceFactory}, phase 0). Spring Cloud closes them
 * only when beans are destroyed, after the loops; a check every 2 s kept the loops from
 * ever being quiet, so every stop waited out their 15 s timeout ("LoopResources couldn't
 * be disposed") with the checks failing on the terminated loops meanwhile. The contexts
 * exist from the start, as {@code spring.cloud.loadbalancer.eager-load.clients} asks.
 * After routed traffic some checks go on even past this (a subscription inside Spring
 * Cloud that we cannot reach): {@code spring.reactor.netty.shutdown-quiet-period}
 * (application.yml) lets the loops end anyway.
 */
@Component
class LoadBalancerShutdown implements SmartLifecycle {

	/** After the web server's stop phases, before ReactorResourceFactory's 0. */
	static final int PHASE = 1;

	private final LoadBalancerClientFactory clients;

	private volatile boolean running;

	LoadBalancerShutdown(LoadBalancerClientFactory clients) {
		this.clients = clients;
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		this.clients.destroy();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}
