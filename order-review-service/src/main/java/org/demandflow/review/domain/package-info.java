/** The Spring-free review model: cases, secrecy orders, challenges and the status they derive. */
package org.demandflow.review.domain;
