@NullMarked
package org.complaintsplatform.workflow.kafka;

import org.jspecify.annotations.NullMarked;
