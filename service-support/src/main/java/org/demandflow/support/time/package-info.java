/** The one clock of a service: UTC system time, unless a test supplies its own. */
package org.demandflow.support.time;
