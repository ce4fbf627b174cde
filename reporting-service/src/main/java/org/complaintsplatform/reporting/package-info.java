/** reporting-service: projections of the public events into the figures complaints managers publish. */
@NullMarked
package org.complaintsplatform.reporting;

import org.jspecify.annotations.NullMarked;
