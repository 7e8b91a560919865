/** The security of the server's HTTP endpoints: OAuth2/OIDC endpoints, the sign-in form, open health. */
package org.demandflow.authorization.signin.web;
