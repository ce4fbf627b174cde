/** Spring wiring and typed settings of intake-service. */
@NullMarked
package org.complaintsplatform.intake.config;

import org.jspecify.annotations.NullMarked;
