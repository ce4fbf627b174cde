/** Report API. */
@NullMarked
package org.complaintsplatform.reporting.rest;

import org.jspecify.annotations.NullMarked;
