/** Reads the local users from configuration and serves them to the sign-in form. */
package org.demandflow.authorization.users.application;
