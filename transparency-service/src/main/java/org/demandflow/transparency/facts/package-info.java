/**
 * The facts: what the five source topics say about each demand, every version kept once, and the demands of a
 * period as they stood at a cut-off (Spring-free domain).
 */
package org.demandflow.transparency.facts;
