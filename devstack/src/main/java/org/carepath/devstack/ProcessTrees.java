package org.carepath.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Stops processes politely first (SIGTERM), then by force. */
final class ProcessTrees {

	private ProcessTrees() {
	}

	static void terminate(Collection<ProcessHandle> processes) {
		processes.forEach(ProcessHandle::destroy);
	}

	/**
	 * @return true if all exited before the deadline. Polls rather than using onExit(),
	 * which for processes that are not our children (PostgreSQL, Keycloak's java) checks
	 * only every 300 ms or more.
	 */
	static boolean awaitExit(Collection<ProcessHandle> processes, Instant deadline) {
		while (processes.stream().anyMatch(ProcessTrees::isRunning)) {
			if (Instant.now().isAfter(deadline)) {
				return false;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return true;
	}

	static void kill(Collection<ProcessHandle> processes) {
		processes.stream().filter(ProcessTrees::isRunning).forEach(ProcessHandle::destroyForcibly);
	}

	/**
	 * SIGTERM, wait until the deadline, then SIGKILL what is left and give that a moment
	 * to go.
	 */
	static void stop(Collection<ProcessHandle> processes, Instant deadline) {
		terminate(processes);
		if (!awaitExit(processes, deadline)) {
			kill(processes);
			awaitExit(processes, Instant.now().plusSeconds(2));
		}
	}

	static List<ProcessHandle> alive(Collection<ProcessHandle> processes) {
		return processes.stream().filter(ProcessTrees::isRunning).toList();
	}

	/**
	 * Alive and not a zombie. A daemon we did not start (PostgreSQL's postmaster, an
	 * orphan of an earlier run) is reaped by init, which may take its time; until then
	 * isAlive() still says true.
	 */
	static boolean isRunning(ProcessHandle process) {
		if (!process.isAlive()) {
			return false;
		}
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
			return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
		}
		catch (IOException | RuntimeException noProcFileSystem) {
			return process.isAlive();
		}
	}

}
