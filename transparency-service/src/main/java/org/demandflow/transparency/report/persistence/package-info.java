/** The published reports in PostgreSQL: written once, never changed (a trigger refuses it). */
package org.demandflow.transparency.report.persistence;
