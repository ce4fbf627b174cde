/** The service's boundary with public contracts: complaint-event listener, workflow's internal API, LetterSent publishing. */
@NullMarked
package org.complaintsplatform.notification.kafka;

import org.jspecify.annotations.NullMarked;
