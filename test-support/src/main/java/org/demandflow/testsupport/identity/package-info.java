/** The real authorization server for tests, once per JVM, and real access tokens of its local users. */
package org.demandflow.testsupport.identity;
