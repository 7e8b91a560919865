/** Set-based SQL for every service: multi-row statements built from one row's columns. */
package org.demandflow.support.jdbc;
