@NullMarked
package org.complaintsplatform.contracts.correspondence;

import org.jspecify.annotations.NullMarked;
