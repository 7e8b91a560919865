/** Headless Chromium for the tests of the services' pages. */
package org.demandflow.testsupport.browser;
