package org.carepath.support.safety;

import org.springframework.aot.AotDetector;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses the {@code prod} profile when the application runs its build-time Spring AOT
 * code ({@code -Dspring.aot.enabled=true}): the build evaluated every {@code @Profile}
 * without it, so the production guards ({@link ProductionSafetyAutoConfiguration}, the
 * gateway's) would silently not exist (docs/dev-stack.md#spring-aot). An environment
 * post-processor, not a bean: with AOT code the bean definitions are the build's, and a
 * {@code @Profile("prod")} bean could not catch it.
 */
class SpringAotGuard implements EnvironmentPostProcessor, Ordered {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (AotDetector.useGeneratedArtifacts() && environment.acceptsProfiles(Profiles.of("prod"))) {
			throw new DevelopmentSettingInProductionException(AotDetector.AOT_ENABLED,
					"this jar's Spring AOT code was generated without the 'prod' profile, so the production guards "
							+ "would not exist");
		}
	}

	/** After the config data (and its profiles) are in. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
