/** The deadline table. */
@NullMarked
package org.complaintsplatform.deadline.persistence;

import org.jspecify.annotations.NullMarked;
