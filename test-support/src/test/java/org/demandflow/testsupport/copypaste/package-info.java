/** The build's copy-paste check: no block of main code copied between services. */
package org.demandflow.testsupport.copypaste;
