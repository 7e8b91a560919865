package org.demandflow.testsupport.architecture.sample.bad;

import org.springframework.modulith.Modulithic;

/** The root of a service that breaks every rule. */
@Modulithic
public class BadApplication {
}
