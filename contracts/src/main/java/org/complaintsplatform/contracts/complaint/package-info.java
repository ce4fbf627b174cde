@NullMarked
package org.complaintsplatform.contracts.complaint;

import org.jspecify.annotations.NullMarked;
