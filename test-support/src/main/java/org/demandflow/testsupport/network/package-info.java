/** Free ports for a test's own broker, database, mail server or stack, out of the kernel's ephemeral range. */
package org.demandflow.testsupport.network;
