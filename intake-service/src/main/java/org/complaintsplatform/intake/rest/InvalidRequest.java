package org.complaintsplatform.intake.rest;

import java.util.List;

/** A request that parsed but breaks the API's rules; answered 400 with every problem listed. */
class InvalidRequest extends RuntimeException {

    private final List<FieldProblem> problems;

    InvalidRequest(List<FieldProblem> problems) {
        super("invalid request: " + problems.size() + " problem(s)");
        this.problems = List.copyOf(problems);
    }

    List<FieldProblem> problems() {
        return problems;
    }
}
