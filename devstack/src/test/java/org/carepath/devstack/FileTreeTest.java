package org.carepath.devstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class FileTreeTest {

	@TempDir
	Path dataDir;

	@Test
	void resetDeletesTheDataButKeepsTheLockAndDevstacksOwnLog() throws IOException {
		Path pgVersion = write("postgres/PG_VERSION");
		Path kafkaMeta = write("kafka/data/meta.properties");
		Path lock = write("run/stack.lock");
		Path ownLog = write("logs/devstack.log");
		Path serviceLog = write("logs/intake.log");

		FileTree.deleteChildren(dataDir, entry -> entry.endsWith("run") || entry.endsWith("logs"));
		FileTree.deleteChildren(dataDir.resolve("logs"), file -> file.endsWith("devstack.log"));

		assertThat(lock).exists();
		assertThat(ownLog).exists();
		assertThat(serviceLog).doesNotExist();
		assertThat(pgVersion.getParent()).doesNotExist();
		assertThat(kafkaMeta.getParent().getParent()).doesNotExist();
	}

	@Test
	void deletingDoesNotFollowLinksOutOfTheTree(@TempDir Path elsewhere) throws IOException {
		Path precious = Files.writeString(elsewhere.resolve("precious.txt"), "keep me");
		Files.createDirectories(dataDir.resolve("keycloak"));
		Files.createSymbolicLink(dataDir.resolve("keycloak/link"), elsewhere);

		FileTree.delete(dataDir.resolve("keycloak"));

		assertThat(dataDir.resolve("keycloak")).doesNotExist();
		assertThat(precious).hasContent("keep me");
	}

	private Path write(String relative) throws IOException {
		Path file = dataDir.resolve(relative);
		Files.createDirectories(file.getParent());
		return Files.writeString(file, "x");
	}

}
