package org.carepath.gateway.sessions;

import io.lettuce.core.ClientOptions;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
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

}
