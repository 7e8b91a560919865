/** The fault harness: many demands while services and the broker are killed and restarted, then the safety checks. */
package org.demandflow.e2e.harness;
