/** Test support: the real PostgreSQL, broker and registry every integration test shares. */
package org.demandflow.intake.support;
