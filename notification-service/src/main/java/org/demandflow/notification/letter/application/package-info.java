/** The letter's settings and the writer built from them. */
package org.demandflow.notification.letter.application;
