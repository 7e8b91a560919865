/** The local stack's status signing key pair (DESIGN.md "Gate integrity"): generated once under the data folder. */
package org.demandflow.deploy.signing;
