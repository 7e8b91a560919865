/**
 * The approval capability's Spring-free domain (safety rule 10, four eyes): which changes need a second reviewer,
 * the proposals that wait for one, when an approval is refused, and the repository port of the proposals.
 */
package org.demandflow.review.approval;
