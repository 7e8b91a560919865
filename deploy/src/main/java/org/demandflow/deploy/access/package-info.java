/** The stack's identities: each principal's client properties, and the broker's ACLs applied from the access plan. */
package org.demandflow.deploy.access;
