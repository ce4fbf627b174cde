package org.complaintsplatform.procedures;

/** How a letter is sent. */
public enum Channel {
    EMAIL,
    POST,
    HAND,
    PORTAL
}
