/** The REST adapter for reading demands: {@code GET /api/v1/demands[/{demandId}]}. */
package org.demandflow.intake.demand.web;
