package org.complaintsplatform.reporting.rest;

/** A tenant id in a path that the tenant registry does not know: answered 404. */
class UnknownTenant extends RuntimeException {

    UnknownTenant(String tenantId) {
        super("No tenant '" + tenantId + "'");
    }
}
