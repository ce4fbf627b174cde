/** Intake's own language: the representation a portal or council submits, its receipt and reference; plain Java, no framework. */
@NullMarked
package org.complaintsplatform.intake.api;

import org.jspecify.annotations.NullMarked;
