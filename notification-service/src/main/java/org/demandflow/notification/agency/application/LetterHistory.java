package org.demandflow.notification.agency.application;

import java.util.List;
import org.demandflow.notification.agency.RequesterLetter;
import org.demandflow.notification.agency.RequesterLetters;
import org.demandflow.support.domain.DemandId;
import org.springframework.stereotype.Service;

/** What happened to the letters to a demand's requester, for auditors. */
@Service
public class LetterHistory {

    private final RequesterLetters letters;

    public LetterHistory(RequesterLetters letters) {
        this.letters = letters;
    }

    /** Every letter of the demand, by response version. */
    public List<RequesterLetter> ofDemand(DemandId demandId) {
        return letters.forDemand(demandId);
    }
}
