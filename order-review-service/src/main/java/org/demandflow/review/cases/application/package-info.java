/**
 * Review case use cases: each command locks the case, lets the aggregate decide, stores it and publishes its
 * status changes in one transaction. A named interface: the expiry sweep and the attention list call it.
 */
@NamedInterface("application")
package org.demandflow.review.cases.application;

import org.springframework.modulith.NamedInterface;
