/**
 * Set-based SQL for every service: multi-row statements built from one row's columns, and rows a transaction
 * collects to write together just before it commits.
 */
package org.demandflow.support.jdbc;
