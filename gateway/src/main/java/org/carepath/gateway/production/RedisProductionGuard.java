package org.carepath.gateway.production;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * With the {@code prod} profile the gateway refuses the development Redis: one on this
 * machine, one without a password, or one reached without TLS. Redis holds every
 * signed-in person's tokens, so it must be the clinic's shared, protected Redis.
 */
@Component
@Profile("prod")
class RedisProductionGuard implements InitializingBean {

	private final Environment environment;

	RedisProductionGuard(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void afterPropertiesSet() {
		List<String> problems = problems(this.environment.getProperty("spring.data.redis.url"),
				this.environment.getProperty("spring.data.redis.host", "localhost"),
				this.environment.getProperty("spring.data.redis.password"),
				this.environment.getProperty("spring.data.redis.ssl.enabled", Boolean.class, false));
		if (!problems.isEmpty()) {
			throw new UnsafeProductionConfigurationException(problems);
		}
	}

	static List<String> problems(String url, String host, String password, boolean tls) {
		if (url != null && !url.isBlank()) {
			URI uri = URI.create(url);
			host = uri.getHost();
			String userInfo = uri.getUserInfo();
			password = (userInfo != null) ? userInfo.substring(userInfo.indexOf(':') + 1) : password;
			tls = tls || "rediss".equals(uri.getScheme());
		}
		List<String> problems = new ArrayList<>();
		if (host == null || host.equals("localhost") || host.startsWith("127.") || host.equals("::1")
				|| host.equals("[::1]")) {
			problems.add("Redis (sessions, rate limits) is the development one on this machine ('" + host
					+ "'): set CAREPATH_REDIS_HOST to the clinic's Redis");
		}
		if (password == null || password.isBlank()) {
			problems.add("Redis has no password (set CAREPATH_REDIS_PASSWORD)");
		}
		if (!tls) {
			problems.add("Redis is reached without TLS (leave CAREPATH_REDIS_TLS at true)");
		}
		return problems;
	}

}
