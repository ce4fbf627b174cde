/** intake-service: accepts representations from portals, numbers them per tenant and hands them to workflow-service. */
@NullMarked
package org.complaintsplatform.intake;

import org.jspecify.annotations.NullMarked;
