package org.complaintsplatform.notification.api;

/** Why a letter could not be delivered (the contract's values). */
public enum DeliveryFailure {
    REJECTED,
    RETRIES_EXHAUSTED
}
