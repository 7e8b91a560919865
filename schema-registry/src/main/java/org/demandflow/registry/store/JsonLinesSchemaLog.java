package org.demandflow.registry.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.demandflow.registry.domain.LogEntry;
import org.demandflow.registry.domain.SchemaLog;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registry's log as an append-only file of JSON lines ({@code schemas.jsonl}) in the data
 * directory, each line forced to disk before the change is acknowledged. A line torn by a crash
 * (no trailing newline) is cut off at start. Hand-written: no library offers this for a handful
 * of records.
 */
public final class JsonLinesSchemaLog implements SchemaLog, AutoCloseable {

    private static final String FILE_NAME = "schemas.jsonl";

    private final JsonMapper json = JsonMapper.builder().build();
    private final FileChannel channel;

    /** Opens (creating if needed) the log in the given directory. */
    public JsonLinesSchemaLog(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            channel = FileChannel.open(dataDir.resolve(FILE_NAME),
                    StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the schema log in " + dataDir, e);
        }
    }

    @Override
    public synchronized List<LogEntry> replay() {
        String text = readCompleteLines();
        List<LogEntry> entries = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                entries.add(LogEntries.fromMap(json.readValue(line, Map.class)));
            }
        }
        return entries;
    }

    @Override
    public synchronized void append(LogEntry entry) {
        byte[] line = (json.writeValueAsString(LogEntries.toMap(entry)) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            long position = channel.size();
            while (buffer.hasRemaining()) {
                position += channel.write(buffer, position);
            }
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the schema log", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the schema log", e);
        }
    }

    private String readCompleteLines() {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(channel.size()));
            while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) >= 0) {
                // keep reading until the buffer is full
            }
            String text = new String(buffer.array(), StandardCharsets.UTF_8);
            int complete = text.lastIndexOf('\n') + 1;
            if (complete < text.length()) {
                channel.truncate(text.substring(0, complete).getBytes(StandardCharsets.UTF_8).length);
            }
            return text.substring(0, complete);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the schema log", e);
        }
    }
}
