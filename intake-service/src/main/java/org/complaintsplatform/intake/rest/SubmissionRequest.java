package org.complaintsplatform.intake.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.complaintsplatform.intake.api.Circumstance;
import org.complaintsplatform.intake.api.ComplainantRole;
import org.complaintsplatform.intake.api.ContactPreference;
import org.complaintsplatform.intake.api.FeedbackType;
import org.complaintsplatform.intake.api.ReceiptChannel;
import org.complaintsplatform.intake.api.Representation;
import org.complaintsplatform.intake.api.Route;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/v1/tenants/{tenantId}/submissions}. Every component is nullable because
 * it is bound from client JSON; {@link SubmissionRequestValidator} says what is missing before
 * {@link #toRepresentation()} is called. The events' dates ({@code whatHappenedOn} for one, {@code incidentDates}
 * for several), {@code becameAwareOn}, {@code circumstances}, {@code previouslyAnsweredOn} and {@code child.inCare}
 * feed the triage flags. Unknown JSON properties are ignored. Text may not hold C0
 * control characters other than tab, line feed and carriage return: JSON carries them escaped, but
 * PostgreSQL cannot store NUL, and none of them belongs in a letter.
 */
public record SubmissionRequest(
        @NotNull(message = "is required") @Nullable FeedbackType feedbackType,
        @Nullable Route routeHint,
        @Nullable ReceiptChannel channel,
        @Nullable Boolean anonymous,
        @NotNull(message = "is required") @Valid @Nullable ComplainantRequest complainant,
        @Valid @Nullable ChildRequest child,
        @Valid @Nullable AdvocateRequest advocate,
        @Nullable Boolean consentToShare,
        @NotBlank(message = "is required") @Size(max = 20_000) @Pattern(regexp = TEXT, message = NO_CONTROLS) @Nullable String summary,
        @Size(max = 5_000) @Pattern(regexp = TEXT, message = NO_CONTROLS) @Nullable String desiredOutcome,
        @Nullable LocalDate whatHappenedOn,
        @Size(max = MAX_INCIDENT_DATES) @Nullable List<@NotNull(message = "must be a date") LocalDate> incidentDates,
        @Nullable LocalDate becameAwareOn,
        @Nullable Set<@NotNull(message = "must be one of the listed circumstances") Circumstance> circumstances,
        @Nullable LocalDate previouslyAnsweredOn) {

    static final int MAX_INCIDENT_DATES = 20;

    /** Any text without C0 control characters, except tab, line feed and carriage return. */
    static final String TEXT = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]*";
    static final String LANGUAGE_TAG = "[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*";
    static final String NO_CONTROLS = "must not contain control characters other than tab, line feed and carriage return";

    public record ComplainantRequest(
            @NotNull(message = "is required") @Nullable ComplainantRole role,
            @Size(max = 200) @Pattern(regexp = TEXT, message = NO_CONTROLS) @Nullable String name,
            @Email @Size(max = 320) @Pattern(regexp = TEXT, message = NO_CONTROLS) @Nullable String email,
            @Size(max = 1_000) @Pattern(regexp = TEXT, message = NO_CONTROLS) @Nullable String postalAddress,
            @NotNull(message = "is required") @Nullable ContactPreference preferredContact,
            @Size(max = 1_000) @Pattern(regexp = TEXT, message = NO_CONTROLS) @Nullable String accessibilityNeeds,
            @Size(max = 35) @Pattern(regexp = LANGUAGE_TAG, message = "must be a BCP 47 language tag such as en, cy or pt-BR")
            @Nullable String language) {
    }

    public record AdvocateRequest(
            @NotBlank(message = "is required") @Size(max = 200) @Pattern(regexp = TEXT, message = NO_CONTROLS) @Nullable String name,
            @Size(max = 200) @Pattern(regexp = TEXT, message = NO_CONTROLS) @Nullable String organisation,
            @Email @Size(max = 320) @Pattern(regexp = TEXT, message = NO_CONTROLS) @Nullable String email,
            @Size(max = 40) @Pattern(regexp = TEXT, message = NO_CONTROLS) @Nullable String telephone,
            @Size(max = 1_000) @Pattern(regexp = TEXT, message = NO_CONTROLS) @Nullable String postalAddress) {
    }

    public record ChildRequest(
            @NotBlank(message = "is required") @Size(max = 200) @Pattern(regexp = TEXT, message = NO_CONTROLS) @Nullable String name,
            @Nullable LocalDate dateOfBirth,
            @Nullable Boolean inCare) {
    }

    boolean isAnonymous() {
        return Boolean.TRUE.equals(anonymous);
    }

    /** Applies the defaults (channel WEB, not anonymous, not in care, no consent) and drops blank optional text; call only once valid. */
    Representation toRepresentation() {
        ComplainantRequest who = required(complainant);
        ChildRequest about = child;
        return new Representation(
                required(feedbackType),
                routeHint,
                channel == null ? ReceiptChannel.WEB : channel,
                isAnonymous(),
                new Representation.Complainant(required(who.role()), textOrNull(who.name()), textOrNull(who.email()),
                        textOrNull(who.postalAddress()), required(who.preferredContact()), textOrNull(who.accessibilityNeeds()),
                        textOrNull(who.language())),
                about == null ? null : new Representation.Child(required(textOrNull(about.name())), about.dateOfBirth(),
                        Boolean.TRUE.equals(about.inCare())),
                advocate == null ? null : new Representation.Advocate(required(textOrNull(advocate.name())),
                        textOrNull(advocate.organisation()), textOrNull(advocate.email()), textOrNull(advocate.telephone()),
                        textOrNull(advocate.postalAddress())),
                Boolean.TRUE.equals(consentToShare),
                required(summary),
                textOrNull(desiredOutcome),
                Representation.incidentDates(whatHappenedOn, incidentDates),
                becameAwareOn,
                circumstances == null ? List.of() : List.copyOf(circumstances),
                previouslyAnsweredOn);
    }

    private static @Nullable String textOrNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static <T> T required(@Nullable T value) {
        if (value == null) {
            throw new IllegalStateException("toRepresentation() called on a request that was not validated");
        }
        return value;
    }
}
