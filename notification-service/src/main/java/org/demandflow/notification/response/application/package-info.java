/** The response's use case: keep the latest response of each demand and announce each newer one. */
package org.demandflow.notification.response.application;
