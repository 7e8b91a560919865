/** The attention list over REST. */
package org.demandflow.review.attention.web;
