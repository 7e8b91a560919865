/** Tests of the YAML baseline the services import. */
package org.demandflow.support.baseline;
