/** Publication of accepted submissions as public contract events; the only package that knows the contracts. */
@NullMarked
package org.complaintsplatform.intake.kafka;

import org.jspecify.annotations.NullMarked;
