package org.carepath.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Predicate;
import java.util.stream.Stream;

final class FileTree {

	private FileTree() {
	}

	/**
	 * Deletes a file or a folder with everything in it, without following symbolic links
	 * out of it.
	 */
	static void delete(Path root) throws IOException {
		if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	/** Deletes what is in a folder (if it exists), except the entries kept. */
	static void deleteChildren(Path dir, Predicate<Path> keep) throws IOException {
		if (!Files.isDirectory(dir)) {
			return;
		}
		try (Stream<Path> entries = Files.list(dir)) {
			for (Path entry : entries.toList()) {
				if (!keep.test(entry)) {
					delete(entry);
				}
			}
		}
	}

}
