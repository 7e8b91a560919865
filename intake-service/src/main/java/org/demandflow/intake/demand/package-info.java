/** The demand: a validated government data demand as intake stores and announces it (Spring-free domain). */
package org.demandflow.intake.demand;
