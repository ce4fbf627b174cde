@NullMarked
package org.complaintsplatform.contracts.deadline;

import org.jspecify.annotations.NullMarked;
