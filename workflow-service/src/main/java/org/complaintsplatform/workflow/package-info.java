/** workflow-service: owns the event-sourced Complaint, its personal data and every due date. */
@NullMarked
package org.complaintsplatform.workflow;

import org.jspecify.annotations.NullMarked;
