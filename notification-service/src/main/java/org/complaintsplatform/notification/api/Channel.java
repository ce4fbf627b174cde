package org.complaintsplatform.notification.api;

/** How a letter reaches its recipient. */
public enum Channel {
    EMAIL,
    POST
}
