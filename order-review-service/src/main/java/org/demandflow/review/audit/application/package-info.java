/** The audit use cases: appending each decision to the chain in its own transaction, verifying and exporting. */
package org.demandflow.review.audit.application;
