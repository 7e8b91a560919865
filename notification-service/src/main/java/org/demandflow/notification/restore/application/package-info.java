/** The restore steps the service takes at start, before its consumers and dispatchers run. */
package org.demandflow.notification.restore.application;
