/** The customers' executive directory: who is a legal-notice contact and who may receive a carve-out notice. */
package org.demandflow.notification.directory;
