package org.demandflow.transparency.report;

import java.math.BigDecimal;

/**
 * Demands for enterprise customers' data (every Demandflow customer is one): received, redirected to the customer,
 * disclosed (content or non-content), and demands whose customer was notified at once (no secrecy order was ever
 * recorded on the demand) or after a delay (one was), with the median delay from receipt to the first sent notice
 * in days. The figures are null when the total of all demands is suppressed; the median also when fewer demands
 * than the threshold were notified after a delay.
 */
public record EnterpriseCustomers(Integer demandsReceived, Integer redirectedToCustomer, Integer disclosed,
                                  Integer notifiedAtOnce, Integer notifiedAfterDelay,
                                  BigDecimal medianNoticeDelayDays) {
}
