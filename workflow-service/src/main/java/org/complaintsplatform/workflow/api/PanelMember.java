package org.complaintsplatform.workflow.api;

/**
 * A review panel member, by a staff or register reference (names stay in the panel papers).
 *
 * @param independent independent of the organisation (not a member, officer, or their spouse or civil partner)
 */
public record PanelMember(String personRef, boolean chair, boolean independent) {
}
