/** Read API: deadlines of a complaint and of a tenant. */
@NullMarked
package org.complaintsplatform.deadline.rest;

import org.jspecify.annotations.NullMarked;
