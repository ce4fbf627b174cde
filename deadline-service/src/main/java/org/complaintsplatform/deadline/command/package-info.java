/** Starting and stopping the durable timer that fires when a deadline passes. */
@NullMarked
package org.complaintsplatform.deadline.command;

import org.jspecify.annotations.NullMarked;
