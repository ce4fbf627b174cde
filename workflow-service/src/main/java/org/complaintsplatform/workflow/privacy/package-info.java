/**
 * Crypto-shredding and retention: each complaint's data key (sealing and unsealing its personal data) and the
 * daily job that erases the personal data of finished complaints whose retention has run.
 */
@NullMarked
package org.complaintsplatform.workflow.privacy;

import org.jspecify.annotations.NullMarked;
