/** REST: the notices of a demand, for auditors. */
package org.demandflow.notification.delivery.web;
