/** REST: a customer's executive directory, for auditors and operators. */
package org.demandflow.notification.directory.web;
