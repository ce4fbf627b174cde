/** Deadlines as the service sees them: records and enums, no Spring. */
@NullMarked
package org.complaintsplatform.deadline.api;

import org.jspecify.annotations.NullMarked;
