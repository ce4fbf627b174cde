/** Delivering written letters after their transaction commits: the mail queue, the print queue, the backlog's metrics and health. */
@NullMarked
package org.complaintsplatform.notification.delivery;

import org.jspecify.annotations.NullMarked;
