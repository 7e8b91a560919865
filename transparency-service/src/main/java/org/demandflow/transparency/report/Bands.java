package org.demandflow.transparency.report;

/**
 * What is published only as bands: national security demands and the accounts they specify (bands of 500), demands
 * withheld at the cut-off (pending review, restricted, executive-only, without a status, or with an order in force),
 * and secrecy orders in force at the cut-off.
 */
public record Bands(Band nationalSecurityDemands, Band nationalSecurityAccounts, Band withheldDemands,
                    Band secrecyOrdersInForce) {
}
