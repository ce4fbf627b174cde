package org.complaintsplatform.workflow.api;

import org.jspecify.annotations.Nullable;

/** The child the complaint is about, sealed; the date of birth is sealed as its ISO date. */
public record SealedChild(SealedText name, @Nullable SealedText dateOfBirth) {
}
