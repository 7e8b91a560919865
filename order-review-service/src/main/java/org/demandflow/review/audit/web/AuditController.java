package org.demandflow.review.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Min;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.demandflow.review.audit.AuditEntry;
import org.demandflow.review.audit.application.AuditTrail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The auditor's view of the audit log. {@code GET /verify} recomputes the chain and answers whether it is intact
 * ({@link ChainView}); {@code GET /export?from=seq} streams the entries from {@code seq} (default 1) as JSON lines
 * ({@code application/jsonl}, one {@link ExportedEntry} per line, hashes included), which
 * {@code tools/AuditVerify.java} checks offline.
 */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize(AuditController.AUDITS)
class AuditController {

    static final String AUDITS = "hasRole('AUDITOR')";

    /** The media type of the export: one JSON object per line. */
    static final String JSON_LINES = "application/jsonl";

    private final AuditTrail trail;
    private final JsonMapper json;

    AuditController(AuditTrail trail, JsonMapper json) {
        this.trail = trail;
        this.json = json;
    }

    @GetMapping("/verify")
    ChainView verify() {
        return ChainView.of(trail.verify());
    }

    @GetMapping("/export")
    void export(@RequestParam(defaultValue = "1") @Min(1) long from, HttpServletResponse response)
            throws IOException {
        response.setContentType(JSON_LINES);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        trail.export(from, entry -> writeLine(out, entry));
        out.flush();
    }

    private void writeLine(Writer out, AuditEntry entry) {
        try {
            out.write(json.writeValueAsString(ExportedEntry.of(entry)));
            out.write('\n');
        } catch (IOException gone) {
            throw new UncheckedIOException("the export's reader went away", gone);
        }
    }
}
