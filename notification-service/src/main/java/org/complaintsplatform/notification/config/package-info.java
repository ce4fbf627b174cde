/** Spring wiring and typed settings. */
@NullMarked
package org.complaintsplatform.notification.config;

import org.jspecify.annotations.NullMarked;
