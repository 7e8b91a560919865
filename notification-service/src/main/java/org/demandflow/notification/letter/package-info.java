/** The words of a notice: what the customer is told, and nothing more. */
package org.demandflow.notification.letter;
