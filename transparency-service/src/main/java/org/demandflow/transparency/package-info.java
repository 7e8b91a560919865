/** The transparency service: the provider's half-yearly report, built from the topics and safe to publish. */
package org.demandflow.transparency;
