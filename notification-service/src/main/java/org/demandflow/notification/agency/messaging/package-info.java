/** The letters' messages out: each letter as e-mail (SMTP) to the requester, each end as an {@code AgencyLetter}. */
package org.demandflow.notification.agency.messaging;
