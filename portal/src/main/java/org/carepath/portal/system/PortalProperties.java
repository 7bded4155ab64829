package org.carepath.portal.system;

import java.net.URI;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The portal's own settings under {@code carepath}: where the other CarePath services
 * answer ({@code carepath.services.*-url}) and the time zone pages show dates in
 * ({@code carepath.portal.time-zone}). Read once here; {@link ServiceClients} turns the
 * addresses into clients.
 */
@ConfigurationProperties("carepath")
public record PortalProperties(Services services, @DefaultValue Portal portal) {

	public PortalProperties {
		if (services == null) {
			throw new IllegalArgumentException("carepath.services must name the intake, referral and content URLs");
		}
	}

	/**
	 * Base addresses of the services the portal calls. A plain URL today; a load-balanced
	 * service id ({@code http://intake-service}) once there is a registry, with no change
	 * here.
	 *
	 * @param portalUrl the portal's own address, as the gateway routes to it: not called
	 * by the portal itself
	 */
	public record Services(URI intakeUrl, URI referralUrl, URI contentUrl, @Nullable URI portalUrl) {

		public Services {
			require(intakeUrl, "intake-url");
			require(referralUrl, "referral-url");
			require(contentUrl, "content-url");
		}

		private static void require(@Nullable URI url, String name) {
			if (url == null) {
				throw new IllegalArgumentException("carepath.services." + name + " must be set");
			}
		}

	}

	/**
	 * @param timeZone the clinic's zone for dates and "today" on pages; it must be the
	 * zone referral-service's consent gate uses (both default to
	 * {@code carepath.clinic.time-zone})
	 */
	public record Portal(@DefaultValue("UTC") ZoneId timeZone) {
	}

}
