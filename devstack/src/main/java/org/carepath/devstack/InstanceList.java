package org.carepath.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * {@code dataDir/run/instances.json}: every instance the stack runs, for tools and tests,
 * rewritten (atomically) whenever one starts or restarts.
 */
final class InstanceList {

	private InstanceList() {
	}

	static String json(List<Instance> instances) {
		StringBuilder json = new StringBuilder("[\n");
		for (int i = 0; i < instances.size(); i++) {
			Instance instance = instances.get(i);
			json.append("  {\"part\": ")
				.append(quote(instance.part()))
				.append(", \"instance\": ")
				.append(instance.instance())
				.append(", \"url\": ")
				.append(quote(instance.url()))
				.append(", \"pid\": ")
				.append(instance.pid())
				.append(i + 1 < instances.size() ? "},\n" : "}\n");
		}
		return json.append("]\n").toString();
	}

	static void write(Path file, List<Instance> instances) throws IOException {
		Path partial = file.resolveSibling(file.getFileName() + ".partial");
		Files.writeString(partial, json(instances));
		Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	private static String quote(String value) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			switch (c) {
				case '"' -> quoted.append("\\\"");
				case '\\' -> quoted.append("\\\\");
				default -> {
					if (c < 0x20) {
						quoted.append(String.format("\\u%04x", (int) c));
					}
					else {
						quoted.append(c);
					}
				}
			}
		}
		return quoted.append('"').toString();
	}

}
