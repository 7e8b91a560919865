/** The operator's rebuild of the facts from the topics. */
package org.demandflow.transparency.facts.web;
