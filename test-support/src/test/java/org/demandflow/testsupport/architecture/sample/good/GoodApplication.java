package org.demandflow.testsupport.architecture.sample.good;

import org.springframework.modulith.Modulithic;

/** The root of a service that follows the template. */
@Modulithic
public class GoodApplication {
}
