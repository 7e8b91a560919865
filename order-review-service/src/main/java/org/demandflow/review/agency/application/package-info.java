/** The agency directory's transactional use cases: read an agency, record one. */
package org.demandflow.review.agency.application;
