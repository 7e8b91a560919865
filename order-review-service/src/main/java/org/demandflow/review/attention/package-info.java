/** The attention list: what the legal reviewers should look at next, and why. */
package org.demandflow.review.attention;
