/** The use case "take in a submission": one transaction for the ledger, the demand and the outbox event. */
package org.demandflow.intake.submission.application;
