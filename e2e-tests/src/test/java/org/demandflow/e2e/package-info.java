/** End-to-end scenarios across the three services. */
package org.demandflow.e2e;
