/** Real PostgreSQL and Kafka inside the JVM, for tests and the one-command local platform. */
@NullMarked
package org.complaintsplatform.testsupport;

import org.jspecify.annotations.NullMarked;
