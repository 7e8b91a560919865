/** The local stack run as a new user runs it: deploy/local/stack on a fresh data folder. */
package org.demandflow.deploy.stack;
