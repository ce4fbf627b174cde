package org.complaintsplatform.procedures;

/** A data file of the procedures module (holidays, tenants, profiles) is missing or invalid; the message names the file and the field. */
public final class ProceduresDataException extends RuntimeException {

    ProceduresDataException(String message) {
        super(message);
    }

    ProceduresDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
