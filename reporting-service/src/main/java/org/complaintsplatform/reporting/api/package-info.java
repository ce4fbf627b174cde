/** Reporting periods and figures: records, no Spring. */
@NullMarked
package org.complaintsplatform.reporting.api;

import org.jspecify.annotations.NullMarked;
