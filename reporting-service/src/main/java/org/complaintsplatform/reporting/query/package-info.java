/** The figures of a period, computed from the projection. */
@NullMarked
package org.complaintsplatform.reporting.query;

import org.jspecify.annotations.NullMarked;
