/** The service's typed settings and the beans built from them. */
package org.demandflow.notification.config;
