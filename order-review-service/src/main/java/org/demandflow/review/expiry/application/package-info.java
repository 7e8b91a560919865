/** The scheduled sweep that releases due orders and counts the releases. */
package org.demandflow.review.expiry.application;
