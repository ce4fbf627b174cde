/** The letter table. */
@NullMarked
package org.complaintsplatform.notification.persistence;

import org.jspecify.annotations.NullMarked;
