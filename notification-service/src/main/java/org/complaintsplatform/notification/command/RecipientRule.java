package org.complaintsplatform.notification.command;

import java.util.Optional;

import org.complaintsplatform.notification.api.Channel;
import org.complaintsplatform.notification.api.Correspondent;
import org.complaintsplatform.notification.api.Delivery;
import org.jspecify.annotations.Nullable;

/**
 * Chooses where a letter goes: the complainant's preferred channel when workflow holds an address
 * for it, otherwise the other channel, because an acknowledgement that arrives by the second-best
 * route beats none. Empty when there is no address at all.
 */
public final class RecipientRule {

    private RecipientRule() {
    }

    public static Optional<Delivery> choose(Correspondent correspondent) {
        Channel preferred = correspondent.preferredChannel();
        Channel other = preferred == Channel.EMAIL ? Channel.POST : Channel.EMAIL;
        return addressOn(correspondent, preferred)
                .or(() -> addressOn(correspondent, other));
    }

    private static Optional<Delivery> addressOn(Correspondent correspondent, Channel channel) {
        @Nullable String address = channel == Channel.EMAIL ? correspondent.email() : correspondent.postalAddress();
        return address == null || address.isBlank() ? Optional.empty() : Optional.of(new Delivery(channel, address.strip()));
    }
}
