/**
 * Publication of accepted submissions as public contract events, the council gateway and the erasure of intake's
 * copies of personal data; the only package that knows the contracts.
 */
@NullMarked
package org.complaintsplatform.intake.kafka;

import org.jspecify.annotations.NullMarked;
