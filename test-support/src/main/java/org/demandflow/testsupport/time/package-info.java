/** A clock tests set and move instead of waiting. */
package org.demandflow.testsupport.time;
