/**
 * The council gateway's contract: what a council's own system puts on its inbound topic
 * ({@code council.<tenantId>.complaints.inbound.v1}) and the names of its topic pair.
 */
@NullMarked
package org.complaintsplatform.contracts.council;

import org.jspecify.annotations.NullMarked;
