/** Accepting a representation: idempotency, the tenant's reference number, storage and publication in one transaction. */
@NullMarked
package org.complaintsplatform.intake.command;

import org.jspecify.annotations.NullMarked;
