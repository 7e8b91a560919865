package org.demandflow.perf.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The figures of one run, written as {@code perf-report.md} (a table per section) and {@code perf-report.json}
 * (the same figures, the run's settings and notes).
 */
public final class Report {

    private final List<Figure> figures = new ArrayList<>();
    private final Map<String, String> settings = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final Instant startedAt = Instant.now();

    /** Adds a figure. */
    public Figure add(Figure figure) {
        figures.add(figure);
        return figure;
    }

    /** Records a setting of the run (a backlog size, a duration). */
    public void setting(String name, Object value) {
        settings.put(name, String.valueOf(value));
    }

    /** Adds a note: how a figure was measured, or what went wrong. */
    public void note(String note) {
        notes.add(note);
    }

    /** Writes both files into {@code folder}. */
    public void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("perf-report.md"), markdown());
        Files.writeString(folder.resolve("perf-report.json"), json());
    }

    /** The report as Markdown. */
    public String markdown() {
        StringBuilder out = new StringBuilder("# Performance report\n\nRun at " + startedAt + ", "
                + Runtime.getRuntime().availableProcessors() + " cores. Settings: " + settings.entrySet().stream()
                .map(entry -> "`" + entry.getKey() + "=" + entry.getValue() + "`").collect(Collectors.joining(", "))
                + ".\n");
        figures.stream().map(Figure::section).distinct().forEach(section -> {
            out.append("\n## ").append(section).append("\n\n| figure | value | ratio to baseline | target | met |\n")
                    .append("|---|---:|---|---|---|\n");
            figures.stream().filter(figure -> figure.section().equals(section)).forEach(figure -> out
                    .append("| ").append(figure.name()).append(" | ").append(number(figure.value())).append(' ')
                    .append(figure.unit()).append(" | ").append(figure.ratio() == null ? "" : number(figure.ratio())
                            + " × " + figure.ratioTo()).append(" | ").append(text(figure.target())).append(" | ")
                    .append(figure.met() == null ? "" : figure.met() ? "met" : "**not met**").append(" |\n"));
        });
        if (!notes.isEmpty()) {
            out.append("\n## Notes\n\n");
            notes.forEach(note -> out.append("- ").append(note).append('\n'));
        }
        return out.toString();
    }

    private String json() {
        String settingsJson = settings.entrySet().stream()
                .map(entry -> quote(entry.getKey()) + ": " + quote(entry.getValue())).collect(Collectors.joining(", "));
        String figuresJson = figures.stream().map(Report::json).collect(Collectors.joining(",\n    "));
        String notesJson = notes.stream().map(Report::quote).collect(Collectors.joining(",\n    "));
        return "{\n  \"startedAt\": " + quote(startedAt.toString()) + ",\n  \"cores\": "
                + Runtime.getRuntime().availableProcessors() + ",\n  \"settings\": {" + settingsJson
                + "},\n  \"figures\": [\n    " + figuresJson + "\n  ],\n  \"notes\": [\n    " + notesJson + "\n  ]\n}\n";
    }

    private static String json(Figure figure) {
        String ratio = figure.ratio() == null ? "null" : jsonNumber(figure.ratio());
        return "{\"section\": " + quote(figure.section()) + ", \"name\": " + quote(figure.name()) + ", \"value\": "
                + jsonNumber(figure.value()) + ", \"unit\": " + quote(figure.unit()) + ", \"ratio\": " + ratio
                + ", \"ratioTo\": " + quote(figure.ratioTo()) + ", \"target\": " + quote(figure.target())
                + ", \"met\": " + figure.met() + "}";
    }

    private static String jsonNumber(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "null" : String.valueOf(value);
    }

    private static String quote(String text) {
        if (text == null) {
            return "null";
        }
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        return Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%.3g", value);
    }
}
