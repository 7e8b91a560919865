/** Letters to the agency: the redirect and rejection letters to a demand's requester, once per response version. */
package org.demandflow.notification.agency;
