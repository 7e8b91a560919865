/** The transactional outbox: its table's migration (shared by every service) and the resubmission of failed sends. */
package org.demandflow.support.outbox;
