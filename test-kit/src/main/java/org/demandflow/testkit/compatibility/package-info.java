/**
 * The compatibility gate with a registry: every contract BACKWARD against the registry's latest version of its
 * subject, and against the released versions; {@link org.demandflow.testkit.compatibility.CompatibilityGate} runs
 * both from the command line with just a registry URL.
 */
package org.demandflow.testkit.compatibility;
