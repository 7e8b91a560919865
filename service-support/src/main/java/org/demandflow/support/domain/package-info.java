/** The Spring-free shared kernel every service's domain may use: ids, e-mail addresses, refusals. */
package org.demandflow.support.domain;
