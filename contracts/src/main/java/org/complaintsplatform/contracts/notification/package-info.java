@NullMarked
package org.complaintsplatform.contracts.notification;

import org.jspecify.annotations.NullMarked;
