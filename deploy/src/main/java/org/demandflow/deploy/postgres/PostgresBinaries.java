package org.demandflow.deploy.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder where zonky unpacks PostgreSQL's binaries ({@code PG-<digest>} sub-folders). zonky
 * writes a {@code .exists} marker into such a folder only once the archive is fully unpacked; a
 * folder without it is what an interrupted first start (a kill, a full disk, too little heap)
 * left behind, and zonky would fail on it forever ({@code FileAlreadyExistsException} on a
 * symbolic link). This class removes such leftovers before a start, so the next start unpacks
 * again from nothing. The stack runs one PostgreSQL per data folder, so nobody else is unpacking
 * into the same folder meanwhile.
 */
final class PostgresBinaries {

    private static final Logger log = LoggerFactory.getLogger(PostgresBinaries.class);

    /** zonky's marker of a complete unpack (see {@code EmbeddedPostgres.prepareBinaries}). */
    static final String COMPLETE_MARKER = ".exists";

    private final Path folder;

    PostgresBinaries(Path folder) {
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    /** Creates the folder and removes every unpack that did not finish; returns what it removed. */
    List<Path> discardUnfinished() throws IOException {
        Files.createDirectories(folder);
        try (Stream<Path> entries = Files.list(folder)) {
            List<Path> unfinished = entries
                    .filter(entry -> entry.getFileName().toString().startsWith("PG-"))
                    .filter(Files::isDirectory)
                    .filter(entry -> !Files.exists(entry.resolve(COMPLETE_MARKER)))
                    .toList();
            for (Path leftover : unfinished) {
                log.warn("Removing {}: an earlier unpack of PostgreSQL did not finish; unpacking again", leftover);
                deleteRecursively(leftover);
            }
            return unfinished;
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> tree = Files.walk(root)) {
            tree.sorted(Comparator.reverseOrder()).forEach(PostgresBinaries::delete);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
