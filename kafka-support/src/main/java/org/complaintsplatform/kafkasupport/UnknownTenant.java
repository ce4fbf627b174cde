package org.complaintsplatform.kafkasupport;

import java.util.List;

import org.complaintsplatform.contracts.cloudevents.ContractViolation;

/**
 * A record that names no tenant, or one the platform does not serve. A contract violation: never
 * retried, dead-lettered at once with the reason in {@code complaints_dlt_reasons}.
 */
public class UnknownTenant extends ContractViolation {

    public UnknownTenant(String reason) {
        super("record refused: its tenant is not known", List.of(reason));
    }
}
