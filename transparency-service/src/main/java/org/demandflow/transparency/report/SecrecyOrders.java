package org.demandflow.transparency.report;

/**
 * The secrecy orders of the exactly counted demands (none of them in force at the cut-off; orders in force appear
 * only in {@link Bands}): recorded, without an end date, set for longer than one year, challenged, and the outcome
 * of each challenged order's last challenge in its appeal chain. A figure below the threshold is null, and so is a
 * complement of it among the outcomes (they sum to {@code challenged}).
 */
public record SecrecyOrders(Integer recorded, Integer withoutEndDate, Integer longerThanOneYear, Integer challenged,
                            Integer challengesPending, Integer challengesGranted, Integer challengesDenied,
                            Integer challengesWithdrawn) {
}
