package org.demandflow.transparency.report;

import java.time.Instant;

/** Whether the facts now in the store, read at a published report's cut-off, give that report again. */
public record Reproduction(String period, Instant cutOff, boolean reproduced) {
}
