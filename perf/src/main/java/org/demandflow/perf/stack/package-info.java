/** The local stack as the report drives it: {@code deploy/local/stack} on a fresh data folder, its processes. */
package org.demandflow.perf.stack;
