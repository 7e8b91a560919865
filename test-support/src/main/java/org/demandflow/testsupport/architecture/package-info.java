/** The template's architecture rules and Spring Modulith's module verification, for every service. */
package org.demandflow.testsupport.architecture;
