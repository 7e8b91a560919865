package org.demandflow.testsupport.architecture.sample.bad.shipping.web;

/** Another capability's adapter. */
public class ShipmentsController {
}
