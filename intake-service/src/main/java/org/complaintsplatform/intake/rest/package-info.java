/** The HTTP API for portals: requests, validation and RFC 9457 problem details. */
@NullMarked
package org.complaintsplatform.intake.rest;

import org.jspecify.annotations.NullMarked;
