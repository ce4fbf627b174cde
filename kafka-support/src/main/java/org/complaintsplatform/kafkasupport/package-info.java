/** Spring wiring that every service shares to speak CloudEvents over Kafka safely. */
@NullMarked
package org.complaintsplatform.kafkasupport;

import org.jspecify.annotations.NullMarked;
