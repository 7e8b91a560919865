/**
 * The report: a half-year's figures in the shape of a law enforcement requests report, built under the publication
 * rules (delay, bands, small-cell suppression with complements), and the published reports (Spring-free domain).
 */
package org.demandflow.transparency.report;
