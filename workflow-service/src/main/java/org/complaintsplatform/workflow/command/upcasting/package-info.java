@NullMarked
package org.complaintsplatform.workflow.command.upcasting;

import org.jspecify.annotations.NullMarked;
