/** Spring wiring: clock, procedures, db-scheduler task. */
@NullMarked
package org.complaintsplatform.deadline.config;

import org.jspecify.annotations.NullMarked;
