/** Projects complaint events into facts; the only package that knows the public contracts. */
@NullMarked
package org.complaintsplatform.reporting.kafka;

import org.jspecify.annotations.NullMarked;
