package org.carepath.support.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import kafka.server.BrokerServer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The embedded broker of {@link EmbeddedKafkaConfiguration}, seen from a test: read what
 * was published, and take the broker away and bring it back at the same address (the
 * controller keeps running, the broker's listener re-binds its port), as a real outage
 * would.
 */
public final class TestKafka {

	private final EmbeddedKafkaKraftBroker broker;

	TestKafka(EmbeddedKafkaKraftBroker broker) {
		this.broker = broker;
	}

	public String bootstrapServers() {
		return this.broker.getBrokersAsString();
	}

	/**
	 * Every record on the topic right now, from its beginning to its end, in partition
	 * order; empty when the topic does not exist yet. Wrap it in Awaitility to wait for
	 * records still to come.
	 */
	public List<ConsumerRecord<String, byte[]>> records(String topic) {
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
						ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
						false),
				new StringDeserializer(), new ByteArrayDeserializer())) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10))
				.stream()
				.map(info -> new TopicPartition(info.topic(), info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
			List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
			while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
				consumer.poll(Duration.ofMillis(200)).forEach(records::add);
			}
			return records;
		}
	}

	/** Shuts the broker down; clients see connection refused until {@link #restart()}. */
	public void stop() {
		brokers().forEach(BrokerServer::shutdown);
	}

	/** Starts the broker again on the same port and waits until it serves requests. */
	public void restart() {
		brokers().forEach(BrokerServer::startup);
		try {
			cluster().waitForReadyBrokers();
		}
		catch (Exception ex) {
			throw new IllegalStateException("The embedded Kafka broker did not come back", ex);
		}
	}

	/** A header's value as text (CloudEvents binary mode writes them as UTF-8). */
	public static String header(ConsumerRecord<String, byte[]> record, String name) {
		return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
	}

	public static List<String> headerNames(ConsumerRecord<String, byte[]> record) {
		List<String> names = new ArrayList<>();
		record.headers().forEach(header -> names.add(header.key()));
		return names;
	}

	/**
	 * Every header value, one per line: to assert that nothing identifying travels in
	 * headers.
	 */
	public static String headerValues(ConsumerRecord<String, byte[]> record) {
		StringBuilder values = new StringBuilder();
		for (Header header : record.headers()) {
			values.append(new String(header.value(), StandardCharsets.UTF_8)).append('\n');
		}
		return values.toString();
	}

	private Iterable<BrokerServer> brokers() {
		return cluster().brokers().values();
	}

	private KafkaClusterTestKit cluster() {
		KafkaClusterTestKit cluster = this.broker.getCluster();
		if (cluster == null) {
			throw new IllegalStateException("The embedded Kafka broker is not running");
		}
		return cluster;
	}

}
