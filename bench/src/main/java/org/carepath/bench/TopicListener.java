package org.carepath.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads every partition of a topic from its end on, without a consumer group (so it moves
 * no one's offsets and needs only the topic's READ ACL), handing each record and the
 * {@code System.nanoTime()} it arrived at to a callback, on a thread of its own until
 * closed.
 */
final class TopicListener implements AutoCloseable {

	private final KafkaConsumer<String, byte[]> consumer;

	private final Thread thread;

	private volatile boolean running = true;

	TopicListener(Map<String, Object> clientConfig, String topic,
			BiConsumer<ConsumerRecord<String, byte[]>, Long> onRecord) {
		Map<String, Object> config = new java.util.HashMap<>(clientConfig);
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
		this.consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
		List<TopicPartition> partitions = this.consumer.partitionsFor(topic, Duration.ofSeconds(30))
			.stream()
			.map(info -> new TopicPartition(info.topic(), info.partition()))
			.toList();
		this.consumer.assign(partitions);
		this.consumer.seekToEnd(partitions);
		partitions.forEach(this.consumer::position); // resolve the end now, before the
														// load starts
		this.thread = Thread.ofPlatform().name("bench-" + topic).start(() -> {
			while (this.running) {
				for (ConsumerRecord<String, byte[]> record : this.consumer.poll(Duration.ofMillis(100))) {
					onRecord.accept(record, System.nanoTime());
				}
			}
			this.consumer.close(Duration.ofSeconds(5));
		});
	}

	@Override
	public void close() throws InterruptedException {
		this.running = false;
		this.thread.join(15_000);
	}

}
