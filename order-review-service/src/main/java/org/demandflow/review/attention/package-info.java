/** The attention list's Spring-free rules: what the legal reviewers should look at next, and why. */
package org.demandflow.review.attention;
