package org.complaintsplatform.procedures;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How an anonymous complaint is handled.
 *
 * @param route the route it is registered under, or null for the route its subject matter gives
 */
public record AnonymousHandling(boolean registered, boolean acknowledged, boolean answered, @Nullable RouteKind route, String seed, @Nullable String note) {

    public AnonymousHandling {
        Objects.requireNonNull(seed, "seed");
    }
}
