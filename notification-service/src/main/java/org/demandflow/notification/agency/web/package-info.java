/** REST: the letters to a demand's requester, for auditors. */
package org.demandflow.notification.agency.web;
