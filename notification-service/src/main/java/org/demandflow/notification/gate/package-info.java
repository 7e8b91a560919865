/**
 * The gate: only genuine, complete status histories are accepted (rule 8), and the latest applied secrecy status
 * of each demand decides who may be told, default deny.
 */
package org.demandflow.notification.gate;
