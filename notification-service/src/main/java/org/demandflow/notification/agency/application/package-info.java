/** The letters' use cases: plan a letter per response version that calls for one, hand it over, send, record. */
package org.demandflow.notification.agency.application;
