package org.carepath.gateway.sessions;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.resource.Delay;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sessions live in Redis (Spring Session's reactive repository, configured by Boot from
 * {@code spring.data.redis.*} and {@code spring.session.data.redis.*}), so every gateway
 * instance sees every session and a restart loses none.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SessionProperties.class)
class RedisSessionConfiguration {

	/**
	 * While Redis is unreachable, commands fail at once instead of queueing until the
	 * command timeout: a sign-in then gets an honest 503 in milliseconds, and the
	 * connection comes back by itself when Redis does.
	 */
	@Bean
	LettuceClientOptionsBuilderCustomizer failFastWhileRedisIsDown() {
		return options -> options.autoReconnect(true)
			.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
	}

	/**
	 * Lettuce tries to reconnect at growing intervals, by default up to 30 s apart; at
	 * most 5 s here, so sign-ins work again within seconds of Redis coming back.
	 */
	@Bean
	ClientResourcesBuilderCustomizer reconnectWithinSeconds() {
		return resources -> resources
			.reconnectDelay(Delay.exponential(Duration.ofMillis(100), Duration.ofSeconds(5), 2, TimeUnit.MILLISECONDS));
	}

}
