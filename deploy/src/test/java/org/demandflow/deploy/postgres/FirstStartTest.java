package org.demandflow.deploy.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.demandflow.testsupport.network.FreePorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher as deploy/local/stack runs it, in a JVM of its own, on a data folder that has never
 * seen PostgreSQL: nothing unpacked yet, and then an unpack that an earlier start left unfinished.
 */
class FirstStartTest {

    @TempDir
    Path stackData;

    @Test
    void a_fresh_data_folder_unpacks_within_the_stacks_heap_and_an_unpack_left_unfinished_is_done_again()
            throws Exception {
        Path ready = stackData.resolve("postgres.ready");
        Process first = launch(ready);
        try {
            awaitReady(first, ready);
            assertThat(unpacked()).singleElement()
                    .satisfies(dir -> assertThat(dir.resolve(PostgresBinaries.COMPLETE_MARKER)).exists());
        } finally {
            stop(first);
        }
        // What a start killed mid-unpack leaves: the files and links, but no completion marker.
        Files.delete(unpacked().get(0).resolve(PostgresBinaries.COMPLETE_MARKER));
        Files.deleteIfExists(ready);

        Process second = launch(ready);
        try {
            awaitReady(second, ready);
        } finally {
            stop(second);
        }
    }

    private List<Path> unpacked() throws IOException {
        try (Stream<Path> entries = Files.list(stackData.resolve("postgres-binaries"))) {
            return entries.filter(entry -> entry.getFileName().toString().startsWith("PG-")).toList();
        }
    }

    /** The same heap and arguments as deploy/local/stack's start_postgres. */
    private Process launch(Path ready) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Ddemandflow.ready-file=" + ready, "-cp", System.getProperty("java.class.path"),
                LocalPostgres.class.getName(), stackData.resolve("postgres").toString(),
                String.valueOf(FreePorts.next()),
                stackData.resolve("postgres-binaries").toString())
                .redirectErrorStream(true)
                .redirectOutput(stackData.resolve("postgres.log").toFile())
                .start();
    }

    private void awaitReady(Process launcher, Path ready) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!Files.exists(ready)) {
            assertThat(launcher.isAlive()).as("the launcher is running; its log:%n%s", log()).isTrue();
            assertThat(System.nanoTime()).as("ready within 2 minutes; log:%n%s", log()).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private String log() throws IOException {
        File log = stackData.resolve("postgres.log").toFile();
        return log.exists() ? Files.readString(log.toPath()) : "";
    }

    private static void stop(Process launcher) throws InterruptedException {
        launcher.destroy(); // SIGTERM: zonky's shutdown hook stops PostgreSQL
        if (!launcher.waitFor(60, TimeUnit.SECONDS)) {
            launcher.destroyForcibly().waitFor();
        }
    }
}
