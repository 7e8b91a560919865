package org.demandflow.review.attention;

/** Why a case or order needs a reviewer's attention. */
public enum AttentionKind {
    /** An order broader or longer than DOJ policy or the statute allows: challenge it. */
    CHALLENGE_CANDIDATE,
    /** An active order ends soon. */
    EXPIRING_SOON,
    /** A statutory review date (NSL 3-year anniversary) is near or past. */
    STATUTORY_REVIEW_DUE,
    /** The demand's answer is overdue while its review is still pending. */
    RESPONSE_OVERDUE,
    /** The case has waited for review longer than allowed. */
    PENDING_REVIEW_TOO_LONG,
    /**
     * An active order ends at an instant at exactly midnight UTC, as orders "until a date" were entered before
     * safety rule 11: a reviewer confirms the court's date and zone (re-stating the end as expiresOn + timeZone).
     */
    END_AT_UTC_MIDNIGHT,
    /** A decision waits for a second reviewer's approval (safety rule 10). */
    PROPOSAL_PENDING,
    /** A letter to the agency was due (redirect or rejection) but the demand names no requester e-mail. */
    NO_REQUESTER_EMAIL,
    /** The requester's e-mail domain does not belong to the agency the demand names, or the agency is unknown. */
    REQUESTER_NOT_OF_AGENCY,
    /** A check of the requester's identity FAILED: the response closed REJECTED. */
    REQUESTER_VERIFICATION_FAILED,
    /**
     * A challenge was DENIED and is not appealed yet: the objection or notice of appeal is due by the date given,
     * with the rule cited (Fed. R. Crim. P. 59(a), FRAP 4(b)(1)(A), FRAP 4(a)(1)(B), ...).
     */
    CHALLENGE_DEADLINE,
    /**
     * The case's database was restored from a backup: decisions made after the backup are lost (the topic's
     * statuses were taken over, safely); a reviewer checks the case and decides again.
     */
    DECIDE_AGAIN_AFTER_RESTORE
}
