package org.demandflow.transparency.facts;

/**
 * How far the service has read its source topics (the port the messaging adapter implements): a report is built
 * for publication only once every record already on the topics has been handled, so a service that has just
 * started on an empty store, or lags, never publishes a report missing demands.
 */
public interface SourceProgress {

    /** Whether the service's consumer group has handled every record on the five topics as of now. */
    boolean caughtUp();
}
