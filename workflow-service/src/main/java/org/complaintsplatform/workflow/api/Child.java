package org.complaintsplatform.workflow.api;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** The child or young person the complaint is about. */
public record Child(String name, @Nullable LocalDate dateOfBirth) {
}
