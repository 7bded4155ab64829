package org.carepath.intake;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Owns screening instruments and screenings: scoring, crisis alerts, the staff queue. */
@SpringBootApplication
public class IntakeApplication {

	public static void main(String[] args) {
		SpringApplication.run(IntakeApplication.class, args);
	}

}
