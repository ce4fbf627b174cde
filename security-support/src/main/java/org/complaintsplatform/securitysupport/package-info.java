/**
 * What every service shares to let no one in where they do not belong: bearer tokens, roles, the tenant
 * in the token matched against the tenant in the path, and each service's access rules.
 */
@NullMarked
package org.complaintsplatform.securitysupport;

import org.jspecify.annotations.NullMarked;
