/** Reads of accepted submissions that carry no personal data. */
@NullMarked
package org.complaintsplatform.intake.query;

import org.jspecify.annotations.NullMarked;
