/** Durable storage of the registry's log as fsync'ed JSON lines under the data directory. */
package org.demandflow.registry.store;
