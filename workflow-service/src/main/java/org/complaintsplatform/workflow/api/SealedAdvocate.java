package org.complaintsplatform.workflow.api;

import org.jspecify.annotations.Nullable;

/** A named advocate as the event store keeps them: the organisation in the clear, the person sealed. */
public record SealedAdvocate(
        SealedText name,
        @Nullable String organisation,
        @Nullable SealedText email,
        @Nullable SealedText telephone,
        @Nullable SealedText postalAddress) {
}
