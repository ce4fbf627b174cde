package org.complaintsplatform.contracts.complaint;

/** A review panel member, by a staff or register reference (names stay in the panel papers). */
public record PanelMember(String personRef, boolean chair, boolean independent) {
}
