/** The REST API for people: submit a demand by hand, read demands. */
package org.demandflow.intake.demand.web;
