/** Delivery: the notices (one per demand, status version and recipient), planned from the gate, sent by mail. */
package org.demandflow.notification.delivery;
