package org.demandflow.deploy.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresBinariesTest {

    @TempDir
    Path folder;

    @Test
    void an_unpack_without_its_completion_marker_is_removed_with_its_links() throws Exception {
        Path unfinished = Files.createDirectories(folder.resolve("PG-1234/lib"));
        Files.writeString(unfinished.resolve("libpq.so.5.17"), "half");
        Files.createSymbolicLink(unfinished.resolve("libpq.so.5"), Path.of("libpq.so.5.17"));

        assertThat(new PostgresBinaries(folder).discardUnfinished()).containsExactly(folder.resolve("PG-1234"));

        assertThat(folder.resolve("PG-1234")).doesNotExist();
    }

    @Test
    void a_complete_unpack_and_unrelated_files_are_kept() throws Exception {
        Path complete = Files.createDirectories(folder.resolve("PG-5678"));
        Files.createFile(complete.resolve(PostgresBinaries.COMPLETE_MARKER));
        Path other = Files.createDirectories(folder.resolve("something-else"));

        assertThat(new PostgresBinaries(folder).discardUnfinished()).isEmpty();

        assertThat(complete).exists();
        assertThat(other).exists();
    }

    @Test
    void a_missing_folder_is_created() throws Exception {
        Path missing = folder.resolve("postgres-binaries");

        assertThat(new PostgresBinaries(missing).discardUnfinished()).isEmpty();

        assertThat(missing).isDirectory();
    }
}
