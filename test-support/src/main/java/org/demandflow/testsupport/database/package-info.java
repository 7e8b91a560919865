/** One real PostgreSQL per test JVM, with a database and login per service. */
package org.demandflow.testsupport.database;
