/** The topics of Demandflow and the contract of each. */
package org.demandflow.contracts;
