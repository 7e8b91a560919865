/** Tests of the authorization server against itself running on a random port. */
package org.demandflow.authorization;
