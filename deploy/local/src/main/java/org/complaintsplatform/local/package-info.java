/** The whole platform in one JVM: embedded PostgreSQL and Kafka, and the five services as separate Spring contexts. */
@NullMarked
package org.complaintsplatform.local;

import org.jspecify.annotations.NullMarked;
