package org.carepath.devstack;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A process the stack started, its output going to one log file. */
final class ChildProcess implements Supervised.Running {

	/**
	 * Children get their own session where {@code setsid} exists, so Ctrl-C in the
	 * terminal reaches only the devstack, which then stops them in order (services before
	 * the broker they talk to).
	 */
	private static final Optional<String> SETSID = Stream.of("/usr/bin/setsid", "/bin/setsid")
		.filter(path -> Files.isExecutable(Path.of(path)))
		.findFirst();

	private final String label;

	private final Process process;

	private final Path log;

	private final String marker;

	private ChildProcess(String label, Process process, Path log, String marker) {
		this.label = label;
		this.process = process;
		this.log = log;
		this.marker = marker;
	}

	/**
	 * @param marker a piece of the command line that only our process has, so a later run
	 * can tell a leftover of ours from an unrelated process that got the same pid
	 */
	static ChildProcess start(String label, List<String> command, Map<String, String> environment, Path workDir,
			Path log, boolean appendLog, String marker) throws IOException {
		List<String> full = new ArrayList<>();
		SETSID.ifPresent(full::add);
		full.addAll(command);
		ProcessBuilder builder = new ProcessBuilder(full).directory(workDir.toFile())
			.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
			.redirectErrorStream(true)
			.redirectOutput(appendLog ? ProcessBuilder.Redirect.appendTo(log.toFile())
					: ProcessBuilder.Redirect.to(log.toFile()));
		builder.environment().putAll(environment);
		return new ChildProcess(label, builder.start(), log, marker);
	}

	String label() {
		return label;
	}

	Path log() {
		return log;
	}

	String marker() {
		return marker;
	}

	ProcessHandle handle() {
		return process.toHandle();
	}

	boolean isAlive() {
		return process.isAlive();
	}

	@Override
	public long pid() {
		return process.pid();
	}

	@Override
	public boolean isRunning() {
		return process.isAlive();
	}

	/**
	 * Through the Process itself for our own child: a ProcessHandle refuses to signal a
	 * process whose start time it reads differently.
	 */
	@Override
	public void kill() {
		List<ProcessHandle> descendants = process.descendants().toList();
		process.destroyForcibly();
		descendants.forEach(ProcessHandle::destroyForcibly);
	}

	@Override
	public String ending() {
		return process.isAlive() ? "running" : "exit " + process.exitValue();
	}

	/**
	 * @return false if still running after the timeout
	 */
	boolean waitFor(Duration timeout) throws InterruptedException {
		return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	int exitCode() {
		return process.exitValue();
	}

	/** The process and everything it started (Keycloak's kc.sh runs java as a child). */
	@Override
	public List<ProcessHandle> tree() {
		List<ProcessHandle> tree = new ArrayList<>();
		tree.add(process.toHandle());
		process.descendants().forEach(tree::add);
		return tree;
	}

}
