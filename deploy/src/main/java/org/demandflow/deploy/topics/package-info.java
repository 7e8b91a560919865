/** The topics of the local stack and their settings, created idempotently. */
package org.demandflow.deploy.topics;
