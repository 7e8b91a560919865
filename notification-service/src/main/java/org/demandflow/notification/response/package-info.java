/** The response track of each demand as order review publishes it: what the agency gets, and when it is final. */
package org.demandflow.notification.response;
