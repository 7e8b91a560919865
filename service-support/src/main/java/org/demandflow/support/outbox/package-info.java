/**
 * The transactional outbox of every service: {@code outbox_record} (a repeatable migration shipped here), the
 * {@link org.demandflow.support.outbox.OutboxWriter} that fills it in the business transaction and the
 * {@link org.demandflow.support.outbox.OutboxRelay} that sends it; and the legacy {@code event_publication} table's
 * migration, kept so existing databases keep their history.
 */
package org.demandflow.support.outbox;
