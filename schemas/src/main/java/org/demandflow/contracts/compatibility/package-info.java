/**
 * The compatibility gate: every contract checked BACKWARD (the current schema reads what each other version wrote)
 * against its released versions, and, with a registry client, against a registry's latest version per subject.
 */
package org.demandflow.contracts.compatibility;
