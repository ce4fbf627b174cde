package org.complaintsplatform.notification.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.complaintsplatform.notification.api.Channel;
import org.complaintsplatform.notification.api.Correspondent;
import org.complaintsplatform.notification.api.Delivery;
import org.junit.jupiter.api.Test;

class RecipientRuleTest {

    private static final String EMAIL = "sam@example.org";
    private static final String ADDRESS = "1 High Street, Cambridge CB1 1AA";

    @Test
    void letterGoesByThePreferredChannel() {
        assertThat(RecipientRule.choose(new Correspondent("Sam", EMAIL, ADDRESS, Channel.POST)))
                .contains(new Delivery(Channel.POST, ADDRESS));
        assertThat(RecipientRule.choose(new Correspondent("Sam", EMAIL, ADDRESS, Channel.EMAIL)))
                .contains(new Delivery(Channel.EMAIL, EMAIL));
    }

    @Test
    void letterGoesByTheOtherChannelWhenThePreferredOneHasNoAddress() {
        assertThat(RecipientRule.choose(new Correspondent("Sam", "  ", ADDRESS, Channel.EMAIL)))
                .contains(new Delivery(Channel.POST, ADDRESS));
        assertThat(RecipientRule.choose(new Correspondent("Sam", EMAIL, null, Channel.POST)))
                .contains(new Delivery(Channel.EMAIL, EMAIL));
    }

    @Test
    void noLetterCanGoWithoutAnyAddress() {
        assertThat(RecipientRule.choose(new Correspondent("Sam", null, " ", Channel.EMAIL))).isEmpty();
    }
}
