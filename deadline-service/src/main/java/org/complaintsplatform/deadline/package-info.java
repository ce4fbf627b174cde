/** deadline-service: schedules the due dates carried in complaint events and reports them met or missed. */
@NullMarked
package org.complaintsplatform.deadline;

import org.jspecify.annotations.NullMarked;
