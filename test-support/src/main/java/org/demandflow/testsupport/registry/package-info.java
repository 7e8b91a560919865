/** One embedded schema registry per test JVM. */
package org.demandflow.testsupport.registry;
