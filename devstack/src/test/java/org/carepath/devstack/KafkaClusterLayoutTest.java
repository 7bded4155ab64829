package org.carepath.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KafkaClusterLayoutTest {

	@Test
	void oneNodeKeepsTheDefaultPortsAndTakesFreeInternalOnes() {
		assertThat(KafkaCluster.layout(1, 9092, 9094)).containsExactly(new KafkaBroker.Ports(9092, 9094, 0, 0));
	}

	@Test
	void threeNodesTakeTheirOtherPortsFrom9100To9199() {
		List<KafkaBroker.Ports> nodes = KafkaCluster.layout(3, 9092, 9094);

		assertThat(nodes.getFirst().client()).isEqualTo(9092);
		assertThat(nodes.getFirst().partner()).isEqualTo(9094);
		List<Integer> others = new ArrayList<>(List.of(nodes.getFirst().internal(), nodes.getFirst().controller()));
		nodes.subList(1, 3)
			.forEach(node -> others.addAll(List.of(node.client(), node.partner(), node.internal(), node.controller())));
		assertThat(others).doesNotHaveDuplicates().allSatisfy(port -> assertThat(port).isBetween(9100, 9199));
	}

	@Test
	void e2esThreeNodesStayInE2esOwnRange() {
		List<KafkaBroker.Ports> nodes = KafkaCluster.layout(3, 19092, 19094);

		assertThat(nodes.subList(1, 3)).allSatisfy(node -> assertThat(node.client()).isBetween(19100, 19199));
		assertThat(nodes).allSatisfy(node -> assertThat(node.controller()).isBetween(19100, 19199));
	}

	@Test
	void clientsBootstrapFromEveryNode() {
		KafkaCluster cluster = new KafkaCluster(Path.of("data"), Path.of("logs"), KafkaCluster.layout(3, 9092, 9094),
				"lib/*", Path.of("java"), "http://localhost:8180/realms/carepath", null, JvmOptions.kafka(false));

		assertThat(cluster.bootstrapServers()).isEqualTo("127.0.0.1:9092,127.0.0.1:9110,127.0.0.1:9120");
		assertThat(cluster.partnerBootstrapServers()).isEqualTo("127.0.0.1:9094,127.0.0.1:9111,127.0.0.1:9121");
		assertThat(cluster.replicationFactor()).isEqualTo(3);
		assertThat(cluster.minInsyncReplicas()).isEqualTo(2);
	}

	@Test
	void oneNodeKeepsReplicationFactorOne() {
		KafkaCluster cluster = new KafkaCluster(Path.of("data"), Path.of("logs"), KafkaCluster.layout(1, 9092, 9094),
				"lib/*", Path.of("java"), "http://localhost:8180/realms/carepath", null, JvmOptions.kafka(false));

		assertThat(cluster.bootstrapServers()).isEqualTo("127.0.0.1:9092");
		assertThat(cluster.replicationFactor()).isEqualTo(1);
		assertThat(cluster.minInsyncReplicas()).isEqualTo(1);
	}

	@Test
	void oneNodeIsRefusedOnDataThreeWrote(@TempDir Path data) throws Exception {
		Files.createDirectories(data.resolve("kafka-2/data"));
		Files.writeString(data.resolve("kafka-2/data/meta.properties"), "cluster.id=x\n");

		assertThatThrownBy(() -> KafkaCluster.checkData(data, 1)).isInstanceOf(StackException.class)
			.hasMessageContaining("--brokers 3");
		KafkaCluster.checkData(data, 3);
	}

	@Test
	void twoNodesAreNoCluster() {
		assertThatThrownBy(() -> new KafkaCluster(Path.of("data"), Path.of("logs"), KafkaCluster.layout(2, 9092, 9094),
				"lib/*", Path.of("java"), "http://localhost:8180/realms/carepath", null, JvmOptions.kafka(false)))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
