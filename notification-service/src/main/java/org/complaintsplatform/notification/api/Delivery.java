package org.complaintsplatform.notification.api;

/** Where one letter goes: the channel and the e-mail or postal address on it. */
public record Delivery(Channel channel, String recipient) {
}
