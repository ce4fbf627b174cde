/** The complaint_fact projection and the queries over it. */
@NullMarked
package org.complaintsplatform.reporting.persistence;

import org.jspecify.annotations.NullMarked;
