/** The fault-injection suite: complaints driven over REST while services, the broker, the database and SMTP fail. */
@NullMarked
package org.complaintsplatform.resilience;

import org.jspecify.annotations.NullMarked;
