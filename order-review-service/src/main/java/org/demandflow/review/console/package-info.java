/**
 * The reviewers' console (issue 15): the sign-in, the page frame and the safety headers every console page shares.
 * Its pages are adapters of the capabilities they show, in each capability's {@code web} package (the queue and
 * the case page in {@code cases.web}, proposals in {@code approval.web}, the attention list in
 * {@code attention.web}), so the console calls the same application services as the API and holds no rule of its own.
 */
package org.demandflow.review.console;
