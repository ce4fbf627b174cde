package org.complaintsplatform.contracts.notification;

/** The letters of the procedure. */
public enum LetterType {
    ACKNOWLEDGEMENT
}
