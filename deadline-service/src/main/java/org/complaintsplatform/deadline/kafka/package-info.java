/** Consumes complaint events, publishes deadline events through the outbox; the only package that knows the public contracts. */
@NullMarked
package org.complaintsplatform.deadline.kafka;

import org.jspecify.annotations.NullMarked;
