/** The order review service: reviews the secrecy orders of each demand and publishes who may be told. */
package org.demandflow.review;
