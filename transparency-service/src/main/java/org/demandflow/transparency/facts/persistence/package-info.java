/** The facts in PostgreSQL: one table per source topic, each version inserted once. */
package org.demandflow.transparency.facts.persistence;
