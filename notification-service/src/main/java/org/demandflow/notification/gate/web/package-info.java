/** REST side of the gate: the integrity incidents an operator or auditor reads. */
package org.demandflow.notification.gate.web;
