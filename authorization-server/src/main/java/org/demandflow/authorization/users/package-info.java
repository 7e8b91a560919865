/** The local users: who signs in here and which Demandflow roles each holds. */
package org.demandflow.authorization.users;
