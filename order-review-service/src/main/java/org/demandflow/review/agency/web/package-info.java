/** The agency directory over REST: read by reviewers and auditors, written by reviewers. */
package org.demandflow.review.agency.web;
