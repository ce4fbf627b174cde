@NullMarked
package org.complaintsplatform.contracts.submission;

import org.jspecify.annotations.NullMarked;
