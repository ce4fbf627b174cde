@NullMarked
package org.complaintsplatform.workflow.command;

import org.jspecify.annotations.NullMarked;
