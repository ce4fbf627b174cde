/** Spring wiring. */
@NullMarked
package org.complaintsplatform.reporting.config;

import org.jspecify.annotations.NullMarked;
