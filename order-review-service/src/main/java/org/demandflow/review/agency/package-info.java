/** The agency directory's Spring-free domain: known agencies, their e-mail domains and verified callback numbers. */
package org.demandflow.review.agency;
