/** Commands, internal events and queries of the Complaint, as records; no Spring, no contracts. */
@NullMarked
package org.complaintsplatform.workflow.api;

import org.jspecify.annotations.NullMarked;
