package org.demandflow.notification.agency.web;

import java.util.List;
import java.util.Optional;
import org.demandflow.notification.agency.RequesterLetter;
import org.demandflow.notification.agency.application.LetterHistory;
import org.demandflow.support.domain.DemandId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/agency-letters?demandId=…}: every letter to a demand's requester, with its state. */
@RestController
@RequestMapping("/api/v1/agency-letters")
public class AgencyLettersController {

    private final LetterHistory history;

    public AgencyLettersController(LetterHistory history) {
        this.history = history;
    }

    @GetMapping
    @PreAuthorize("hasRole('AUDITOR')")
    public List<LetterView> letters(@RequestParam String demandId) {
        return demandIdOf(demandId).map(history::ofDemand).orElse(List.of()).stream().map(LetterView::of).toList();
    }

    /** The demand the parameter names; a text that is no demand id names none, so it has no letters. */
    private static Optional<DemandId> demandIdOf(String text) {
        try {
            return Optional.of(DemandId.parse(text));
        } catch (IllegalArgumentException notADemandId) {
            return Optional.empty();
        }
    }

    /** A letter as the API shows it. */
    public record LetterView(String letterId, String demandId, int responseVersion, String kind, String recipientEmail,
                             String state, int attempts, String failure) {

        static LetterView of(RequesterLetter letter) {
            return new LetterView(letter.id(), letter.demandId().toString(), letter.responseVersion(),
                    letter.kind().name(), letter.recipientEmail(), letter.state().name(), letter.attempts(),
                    letter.failure());
        }
    }
}
