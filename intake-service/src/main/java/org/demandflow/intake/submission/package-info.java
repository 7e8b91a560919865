/** Submissions: validating, de-duplicating and answering demand submissions (Spring-free domain). */
package org.demandflow.intake.submission;
