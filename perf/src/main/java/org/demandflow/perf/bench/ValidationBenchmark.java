package org.demandflow.perf.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.demandflow.contracts.submission.Submission;
import org.demandflow.intake.submission.SubmissionValidator;
import org.demandflow.intake.submission.Validation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Intake's {@link SubmissionValidator} on a valid submission and on one with several faults. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ValidationBenchmark {

    private SubmissionValidator validator;
    private Submission valid;
    private Submission invalid;

    /** The validator with a fixed clock, and the two submissions. */
    @Setup
    public void setUp() {
        validator = new SubmissionValidator(Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), Clock.systemUTC()
                .getZone()), Duration.ofMinutes(5));
        valid = new Submission("bench-1", "perf", "TKT-1", "contoso", "SUBPOENA",
                new Submission.Authority("FBI", "US", "W.D. Wash.", "2:26-mj-00042", "Agent", "agent@fbi.example"),
                List.of("SUBSCRIBER", "NON_CONTENT"), List.of("ceo@contoso.example", "cfo@contoso.example"),
                Instant.parse("2026-11-28T09:00:00Z"), Instant.parse("2026-12-28T09:00:00Z"), false, "notes");
        invalid = new Submission("bench-2", " ", "TKT-2", "contoso", "NOT_A_TYPE",
                new Submission.Authority("FBI", "USA", null, null, null, "not-an-address"),
                List.of("SUBSCRIBER", "ALL"), List.of(), Instant.parse("2027-01-01T00:00:00Z"), null, null, null);
    }

    /** Validates the valid submission. */
    @Benchmark
    public Validation validSubmission() {
        return validator.validate(valid);
    }

    /** Validates the faulty one (every reason collected). */
    @Benchmark
    public Validation invalidSubmission() {
        return validator.validate(invalid);
    }
}
