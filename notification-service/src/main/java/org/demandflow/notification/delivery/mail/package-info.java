/** Notices as e-mail through Spring's mail support: plain text with an HTML alternative and a stable Message-ID. */
package org.demandflow.notification.delivery.mail;
