/** What every Demandflow service shares: API security and dead-lettering of bad records. */
package org.demandflow.support;
