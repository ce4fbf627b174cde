package org.complaintsplatform.notification.api;

import java.util.List;

/** The organisation's name and the address block printed at the top of its letters. */
public record Letterhead(String organisation, List<String> address) {

    public Letterhead {
        address = List.copyOf(address);
    }
}
