package org.demandflow.transparency.report;

import java.time.Instant;

/**
 * A report built now for auditors: never public and never publishable ({@link #publishable} is always false); it
 * shows more than a published report, the exact counts behind its bands.
 */
public record Draft(String period, Instant cutOff, boolean publishable, String notice, Report report,
                    int nationalSecurityDemands, int withheldDemands, int secrecyOrdersInForce) {
}
