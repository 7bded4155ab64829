package org.example.partner;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * A partner treatment program's side of CarePath's referral contract: it reads the
 * partner's own Kafka topic, keeps each referral in its own database, ignores events it
 * has already handled, and answers through CarePath's partner API with its
 * client-credentials token.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PartnerExampleApplication {

	public static void main(String[] args) {
		SpringApplication.run(PartnerExampleApplication.class, args);
	}

}
