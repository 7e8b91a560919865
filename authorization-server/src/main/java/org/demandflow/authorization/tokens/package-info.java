/** What an access token says: the caller's roles and the API it is meant for. */
package org.demandflow.authorization.tokens;
