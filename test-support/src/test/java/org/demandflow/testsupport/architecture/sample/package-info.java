/** Two tiny services, one that follows the template and one that breaks it, for the rules' own tests. */
package org.demandflow.testsupport.architecture.sample;
