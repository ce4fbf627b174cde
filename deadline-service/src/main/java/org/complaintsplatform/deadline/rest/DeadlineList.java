package org.complaintsplatform.deadline.rest;

import java.util.List;

/** A page of deadlines, earliest due first; ask for the next with {@code offset + limit} while a page is full. */
public record DeadlineList(List<DeadlineResponse> deadlines, int limit, int offset) {
}
