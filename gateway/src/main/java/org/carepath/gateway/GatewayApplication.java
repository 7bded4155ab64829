package org.carepath.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The only public entry of CarePath: logs staff in with Keycloak, keeps their tokens in a
 * server-side session, relays them to the services, and routes everything else to the
 * portal.
 */
@SpringBootApplication
public class GatewayApplication {

	public static void main(String[] args) {
		SpringApplication.run(GatewayApplication.class, args);
	}

}
