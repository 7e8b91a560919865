package org.demandflow.transparency.facts;

/** The one rule of the contracts' versions: they start at 1. */
final class Versions {

    private Versions() {
    }

    static void requireValid(int version) {
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1, was " + version);
        }
    }
}
