/** The words of a notice and of a letter to the agency: what each is told, and nothing more. */
package org.demandflow.notification.letter;
