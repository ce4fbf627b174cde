/**
 * Tenants, their procedure profiles and the working-day calendar: the rules and time every
 * service of the complaints platform shares. {@link org.complaintsplatform.procedures.Procedures}
 * is the entry point.
 */
@NullMarked
package org.complaintsplatform.procedures;

import org.jspecify.annotations.NullMarked;
