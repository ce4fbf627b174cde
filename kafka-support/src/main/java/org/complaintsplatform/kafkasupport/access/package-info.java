/** Who may do what on the platform's Kafka: ACL bindings for councils and services, and the tool that grants them. */
@NullMarked
package org.complaintsplatform.kafkasupport.access;

import org.jspecify.annotations.NullMarked;
