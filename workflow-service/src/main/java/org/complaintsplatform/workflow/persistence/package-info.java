@NullMarked
package org.complaintsplatform.workflow.persistence;

import org.jspecify.annotations.NullMarked;
