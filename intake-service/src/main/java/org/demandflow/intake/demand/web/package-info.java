/** The REST adapter for reading demands; {@link org.demandflow.intake.demand.web.DemandView} is the demand as the API shows it. */
package org.demandflow.intake.demand.web;
