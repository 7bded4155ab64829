package org.carepath.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The figures of a fault case, printed with the build output and appended to
 * {@code target/resilience-figures.txt}, so a run can be quoted.
 */
final class Figures {

	private static final Path FILE = Path
		.of(System.getProperty("carepath.e2e.figures", "target/resilience-figures.txt"));

	private Figures() {
	}

	static void print(String faultCase, Map<String, ?> figures) {
		String line = faultCase + ": "
				+ figures.entrySet()
					.stream()
					.map(entry -> entry.getKey() + " = " + entry.getValue())
					.collect(Collectors.joining("; "));
		System.out.println("resilience: " + line);
		try {
			Files.createDirectories(FILE.toAbsolutePath().getParent());
			Files.writeString(FILE, line + System.lineSeparator(), StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
