/** The directory's use cases: replace or forget a customer's executives, read them back. */
package org.demandflow.notification.directory.application;
