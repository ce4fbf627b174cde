/** Who read which complaint's personal data, when and why: written on every read, queried by auditors. */
@NullMarked
package org.complaintsplatform.securitysupport.audit;

import org.jspecify.annotations.NullMarked;
