/** Intake's tables: submissions with their idempotency keys, and the per-tenant reference counters. */
@NullMarked
package org.complaintsplatform.intake.persistence;

import org.jspecify.annotations.NullMarked;
