/** The one mapping from a refusal or an unreadable request to an RFC 9457 problem answer. */
package org.demandflow.support.web;
