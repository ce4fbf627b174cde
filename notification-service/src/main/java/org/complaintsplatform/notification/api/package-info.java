/** Letter vocabulary shared by the service's packages: plain records and enums, no Spring. */
@NullMarked
package org.complaintsplatform.notification.api;

import org.jspecify.annotations.NullMarked;
