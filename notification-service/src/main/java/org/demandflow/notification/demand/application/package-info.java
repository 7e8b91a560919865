/** The demand facts' use case: record what a notice will state, once per demand. */
package org.demandflow.notification.demand.application;
