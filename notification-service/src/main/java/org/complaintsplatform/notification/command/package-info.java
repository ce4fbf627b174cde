/** Producing letters: recipient rules and rendering from templates. */
@NullMarked
package org.complaintsplatform.notification.command;

import org.jspecify.annotations.NullMarked;
