package org.carepath.bench;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The broker alone: records of an event's size produced at a steady rate to a topic of
 * the bench's own (with the producer settings' defaults, {@code acks=all}) and read back
 * by a consumer on the same listener with the same security as the services; each record
 * carries the {@code System.nanoTime()} it was handed to the producer at.
 */
final class RawKafka {

	static final String TOPIC = "bench.raw.v1";

	/** About the size of a screening event's data. */
	private static final int RECORD_BYTES = 600;

	private RawKafka() {
	}

	/** Microseconds from send to receipt of each record that arrived. */
	static long[] run(Map<String, Object> producerConfig, Map<String, Object> consumerConfig, int rate,
			Duration duration) throws InterruptedException {
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		try (TopicListener listener = new TopicListener(consumerConfig, TOPIC,
				(record, at) -> latencies.add((at - ByteBuffer.wrap(record.value()).getLong()) / 1_000));
				KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig, new StringSerializer(),
						new ByteArraySerializer())) {
			producer.partitionsFor(TOPIC); // metadata and token before the clock starts
			ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
			long count = Math.max(1, rate * duration.toSeconds());
			long[] sent = { 0 };
			timer.scheduleAtFixedRate(() -> {
				if (sent[0]++ < count) {
					byte[] value = new byte[RECORD_BYTES];
					ByteBuffer.wrap(value).putLong(System.nanoTime());
					producer.send(new ProducerRecord<>(TOPIC, Long.toString(sent[0]), value));
				}
			}, 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);
			Thread.sleep(duration.toMillis() + 200);
			timer.shutdown();
			timer.awaitTermination(5, TimeUnit.SECONDS);
			producer.flush();
			long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			while (latencies.size() < count && System.nanoTime() < until) {
				Thread.sleep(100);
			}
		}
		return latencies.stream().mapToLong(Long::longValue).toArray();
	}

}
