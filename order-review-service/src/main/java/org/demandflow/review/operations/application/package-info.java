/** The status log kept with every status change, and the operator's re-publication command. */
package org.demandflow.review.operations.application;
