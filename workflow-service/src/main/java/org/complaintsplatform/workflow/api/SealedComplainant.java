package org.complaintsplatform.workflow.api;

import org.jspecify.annotations.Nullable;

/**
 * The complainant as the event store keeps them: who they are to the child and how letters reach them in
 * the clear (the procedure needs both), their name and contact details sealed.
 */
public record SealedComplainant(
        ComplainantRole role,
        @Nullable SealedText name,
        @Nullable SealedText email,
        @Nullable SealedText postalAddress,
        ContactPreference preferredContact) {
}
