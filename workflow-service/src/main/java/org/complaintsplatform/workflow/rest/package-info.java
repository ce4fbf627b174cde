@NullMarked
package org.complaintsplatform.workflow.rest;

import org.jspecify.annotations.NullMarked;
