/** Notices: one per (demand, status version, recipient), from intent to sent, failed or cancelled. */
package org.demandflow.notification.notice;
