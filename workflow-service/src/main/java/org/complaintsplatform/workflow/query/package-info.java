@NullMarked
package org.complaintsplatform.workflow.query;

import org.jspecify.annotations.NullMarked;
