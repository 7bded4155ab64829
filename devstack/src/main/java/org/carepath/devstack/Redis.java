package org.carepath.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Redis from the server binary that {@code embedded-redis} ships in its jar, extracted
 * into {@code dataDir/redis} and run as a child process like the other parts. It keeps an
 * append-only file there, so the gateway's sessions survive a Redis restart.
 */
final class Redis {

	private final Path home;

	private final Path log;

	/**
	 * @param home {@code dataDir/redis}: the binary and the data
	 */
	Redis(Path home, Path log) {
		this.home = home;
		this.log = log;
	}

	/** The binary in the embedded-redis jar for this machine. */
	static String binaryName(String osName, String osArch) throws StackException {
		String os = osName.toLowerCase(Locale.ROOT);
		boolean arm = osArch.equals("aarch64") || osArch.equals("arm64");
		boolean x64 = osArch.equals("amd64") || osArch.equals("x86_64");
		if (os.contains("linux") && x64) {
			return "redis-server-6.2.6-v5-linux-amd64";
		}
		if (os.contains("linux") && arm) {
			return "redis-server-6.2.7-linux-arm64";
		}
		if (os.contains("mac") && x64) {
			return "redis-server-6.2.6-v5-darwin-amd64";
		}
		if (os.contains("mac") && arm) {
			return "redis-server-6.2.6-v5-darwin-arm64";
		}
		throw new StackException("No Redis binary in embedded-redis for " + osName + " " + osArch + ".");
	}

	Path binary() {
		return home.resolve("redis-server");
	}

	/** Copies the binary out of the jar unless the same one is there already. */
	void extract() throws IOException, StackException {
		String name = binaryName(System.getProperty("os.name"), System.getProperty("os.arch"));
		Files.createDirectories(home);
		try (InputStream in = Redis.class.getResourceAsStream("/" + name)) {
			if (in == null) {
				throw new StackException("The Redis binary " + name
						+ " is not on the classpath (embedded-redis) — run ./mvnw -DskipTests package.");
			}
			byte[] bytes = in.readAllBytes();
			if (Files.isRegularFile(binary()) && Files.size(binary()) == bytes.length) {
				return;
			}
			Path partial = home.resolve("redis-server.partial");
			Files.write(partial, bytes);
			partial.toFile().setExecutable(true, true);
			Files.move(partial, binary(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
	}

	/** Redis's own arguments: loopback only, an append-only file, no RDB snapshots. */
	List<String> command(int port) {
		return List.of(binary().toString(), "--bind", "127.0.0.1", "--port", Integer.toString(port), "--dir",
				home.toString(), "--appendonly", "yes", "--appendfsync", "everysec", "--save", "", "--daemonize", "no",
				"--protected-mode", "yes");
	}

	ChildProcess start(int port, boolean appendLog) throws IOException, StackException {
		extract();
		return ChildProcess.start("Redis", command(port), Map.of(), home, log, appendLog, binary().toString());
	}

	/** Answers PING with PONG. */
	static boolean isReady(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
			socket.setSoTimeout(1000);
			socket.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
			byte[] reply = new byte[7];
			int read = socket.getInputStream().readNBytes(reply, 0, 7);
			return new String(reply, 0, read, StandardCharsets.US_ASCII).startsWith("+PONG");
		}
		catch (IOException notYet) {
			return false;
		}
	}

}
