package org.complaintsplatform.intake.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.complaintsplatform.intake.api.FeedbackType;
import org.junit.jupiter.api.Test;

class FeedbackTypeNamesTest {

    /** The handler looks a submission's type up in the tenant's profile by name. */
    @Test
    void everyFeedbackTypeIntakeTakesIsOneTheProcedureProfilesName() {
        assertThat(Arrays.stream(FeedbackType.values()).map(Enum::name))
                .containsExactlyElementsOf(Arrays.stream(org.complaintsplatform.procedures.FeedbackType.values()).map(Enum::name).toList());
    }
}
