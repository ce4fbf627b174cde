package org.complaintsplatform.workflow.api;

import org.jspecify.annotations.Nullable;

/**
 * What the complainant may be told, for caseworkers writing to them.
 *
 * @param rule    the profile field that restricts it; absent when nothing does
 * @param consent who consented, once recorded
 */
public record InformationSharing(Level level, @Nullable String rule, @Nullable ConsentGiver consent) {

    public enum Level {
        /** Nothing in the profile limits what they are told. */
        FULL,
        /** Only brief information until consent is recorded. */
        BRIEF_UNTIL_CONSENT,
        /** Consent recorded: the detail may be shared. */
        CONSENTED
    }

    public static final InformationSharing FULL = new InformationSharing(Level.FULL, null, null);
}
