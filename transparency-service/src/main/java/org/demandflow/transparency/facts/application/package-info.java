/** The use cases of the facts: recording what the topics say, and rebuilding the store from the topics. */
package org.demandflow.transparency.facts.application;
