/** notification-service: letters to complainants, one per trigger, published as LetterSent. */
@NullMarked
package org.complaintsplatform.notification;

import org.jspecify.annotations.NullMarked;
