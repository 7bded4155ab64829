package org.carepath.devstack;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code dataDir/run}: a lock held while a stack runs from this data directory, and one
 * pid file per process it started. A stack that was killed hard cannot stop its children;
 * the next start finds them through the pid files and stops them, but only a pid whose
 * command line still carries our marker.
 */
final class RunDirectory implements AutoCloseable {

	private final Path dir;

	private final FileChannel lockChannel;

	private final FileLock lock;

	private RunDirectory(Path dir, FileChannel lockChannel, FileLock lock) {
		this.dir = dir;
		this.lockChannel = lockChannel;
		this.lock = lock;
	}

	static RunDirectory lock(Path dataDir) throws StackException {
		Path dir = dataDir.resolve("run");
		try {
			Files.createDirectories(dir);
			FileChannel channel = FileChannel.open(dir.resolve("stack.lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE);
			FileLock lock;
			try {
				lock = channel.tryLock();
			}
			catch (OverlappingFileLockException sameJvm) {
				lock = null;
			}
			if (lock == null) {
				channel.close();
				throw new StackException("Another CarePath stack is already running from " + dataDir
						+ " — stop it first (Ctrl-C in its terminal).");
			}
			return new RunDirectory(dir, channel, lock);
		}
		catch (IOException e) {
			throw new StackException("Cannot write to " + dir + " (" + e.getMessage() + ") — check its permissions.",
					e);
		}
	}

	void record(String name, List<ProcessHandle> processes, String marker) throws IOException {
		StringBuilder lines = new StringBuilder();
		processes.forEach(process -> lines.append(process.pid()).append(' ').append(marker).append('\n'));
		Files.writeString(dir.resolve(name + ".pid"), lines);
	}

	void forget(String name) {
		try {
			Files.deleteIfExists(dir.resolve(name + ".pid"));
		}
		catch (IOException ignored) {
			// a stale pid file is checked against the command line next time anyway
		}
	}

	/**
	 * Stops what an earlier run left behind: our recorded processes first, then a
	 * PostgreSQL still serving {@code postgresDataDir} (it runs as a daemon, so its pid
	 * is in its own postmaster.pid).
	 * @return how many processes were stopped
	 */
	int stopLeftovers(Path postgresDataDir) throws IOException {
		List<ProcessHandle> leftovers = new ArrayList<>();
		List<Path> pidFiles;
		try (Stream<Path> files = Files.list(dir)) {
			pidFiles = files.filter(file -> file.getFileName().toString().endsWith(".pid")).toList();
		}
		for (Path pidFile : pidFiles) {
			for (String line : Files.readAllLines(pidFile)) {
				int space = line.indexOf(' ');
				if (space > 0) {
					ours(line.substring(0, space), line.substring(space + 1)).ifPresent(process -> {
						leftovers.add(process);
						process.descendants().forEach(leftovers::add);
					});
				}
			}
		}
		ProcessTrees.stop(leftovers, Instant.now().plusSeconds(10));
		for (Path pidFile : pidFiles) {
			Files.deleteIfExists(pidFile);
		}

		// SIGTERM is PostgreSQL's "smart" shutdown: it waits for clients, and those were
		// stopped just above.
		Path postmasterPid = postgresDataDir.resolve("postmaster.pid");
		Optional<ProcessHandle> postgres = Files.isRegularFile(postmasterPid) ? Files.readAllLines(postmasterPid)
			.stream()
			.findFirst()
			.flatMap(pid -> ours(pid.trim(), postgresDataDir.toString())) : Optional.empty();
		postgres.ifPresent(process -> ProcessTrees.stop(List.of(process), Instant.now().plusSeconds(10)));
		return leftovers.size() + (postgres.isPresent() ? 1 : 0);
	}

	private static Optional<ProcessHandle> ours(String pid, String marker) {
		try {
			return ProcessHandle.of(Long.parseLong(pid))
				.filter(ProcessTrees::isRunning)
				.filter(process -> process.info().commandLine().orElse("").contains(marker));
		}
		catch (NumberFormatException notAPid) {
			return Optional.empty();
		}
	}

	@Override
	public void close() {
		try {
			lock.release();
			lockChannel.close();
		}
		catch (IOException ignored) {
			// the lock goes with the process anyway
		}
	}

}
