package org.demandflow.serde.registry;

import java.util.List;

/** The registry's verdict on a schema's compatibility, with its reasons when incompatible. */
public record CompatibilityResult(boolean compatible, List<String> messages) {

    public CompatibilityResult {
        messages = List.copyOf(messages);
    }
}
