/** Delivery of notices: claim with a lease, re-check the gate, send, record the end and its event. */
package org.demandflow.notification.notice.delivery;
