/** Review cases as an application: the transactional commands, their storage and their events. */
package org.demandflow.review.cases;
