/**
 * The console's web setup: people sign in at the authorization server (OAuth2 code flow with PKCE, the API's issuer
 * and audience), a session and a CSRF token per form, a strict Content-Security-Policy, and the signed-in person
 * in every console page's model.
 */
package org.demandflow.review.console.web;
