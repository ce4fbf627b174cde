@NullMarked
package org.complaintsplatform.workflow.config;

import org.jspecify.annotations.NullMarked;
