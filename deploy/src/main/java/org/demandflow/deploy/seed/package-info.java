/** The demo customers and their executives that the local stack starts with. */
package org.demandflow.deploy.seed;
