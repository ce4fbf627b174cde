/** Public integration events, their JSON Schemas and the topic registry: the only types services share. */
@NullMarked
package org.complaintsplatform.contracts;

import org.jspecify.annotations.NullMarked;
