package org.complaintsplatform.intake.api;

/** The tenant id is not in the registry; answered as "not found" so ids cannot be probed. */
public class UnknownTenant extends RuntimeException {

    public UnknownTenant(String tenantId) {
        super("no tenant '" + tenantId + "' is registered");
    }
}
