/** Who may write and read each topic: the one access table the broker's ACLs are generated from. */
package org.demandflow.contracts.access;
