@NullMarked
package org.complaintsplatform.contracts.cloudevents;

import org.jspecify.annotations.NullMarked;
