package org.carepath.support.test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * A real Kafka broker (KRaft, in this JVM) for integration tests, with
 * {@code spring.kafka.bootstrap-servers} pointing at it; its port is random. Import it
 * beside {@link EmbeddedPostgresConfiguration} and autowire {@link TestKafka} to stop and
 * restart the broker. Needs {@code spring-boot-starter-kafka-test} on the test classpath.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedKafkaConfiguration {

	@Bean(destroyMethod = "destroy")
	EmbeddedKafkaKraftBroker embeddedKafka() {
		EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
		broker.afterPropertiesSet();
		return broker;
	}

	@Bean
	TestKafka testKafka(EmbeddedKafkaKraftBroker broker) {
		return new TestKafka(broker);
	}

	@Bean
	DynamicPropertyRegistrar embeddedKafkaProperties(EmbeddedKafkaKraftBroker broker) {
		return registry -> registry.add("spring.kafka.bootstrap-servers", broker::getBrokersAsString);
	}

}
