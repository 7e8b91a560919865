/** Signing in: the sign-in form and the authorization server's endpoints. */
package org.demandflow.authorization.signin;
