/** The gate: the latest secrecy status of each demand decides who may be told, default deny. */
package org.demandflow.notification.gate;
