/** A plain HTTP client of a service a test started, calling with real access tokens. */
package org.demandflow.testsupport.http;
