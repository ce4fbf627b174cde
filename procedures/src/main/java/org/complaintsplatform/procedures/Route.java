package org.complaintsplatform.procedures;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A procedure a complaint can follow, e.g. the statutory children's route or the corporate route.
 *
 * @param appliesTo      which complaints follow it
 * @param directToStage2 who may send a complaint straight to Stage 2, where the seed allows it
 */
public record Route(
        RouteKind kind,
        String name,
        String appliesTo,
        List<Stage> stages,
        @Nullable Provision directToStage2,
        String seed) {

    public Route {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(appliesTo, "appliesTo");
        stages = List.copyOf(stages);
        Objects.requireNonNull(seed, "seed");
    }

    public Stage stage(int number) {
        return stages.stream()
                .filter(stage -> stage.number() == number)
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("the " + name + " has no Stage " + number));
    }
}
