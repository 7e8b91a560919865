/** What every Demandflow service's tests share (test scope only). */
package org.demandflow.testsupport;
