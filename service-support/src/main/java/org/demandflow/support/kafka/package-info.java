/** Dead-lettering: records a consumer cannot decode or handle go to the binding's dead-letter topic. */
package org.demandflow.support.kafka;
