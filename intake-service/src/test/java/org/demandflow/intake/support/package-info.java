/** Intake's integration test base on test-support's fixtures, its HTTP client and REST bodies. */
package org.demandflow.intake.support;
