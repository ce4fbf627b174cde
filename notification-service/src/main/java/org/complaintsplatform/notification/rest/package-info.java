/** Read API over stored letters. */
@NullMarked
package org.complaintsplatform.notification.rest;

import org.jspecify.annotations.NullMarked;
