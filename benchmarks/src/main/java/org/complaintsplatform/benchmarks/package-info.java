@NullMarked
package org.complaintsplatform.benchmarks;

import org.jspecify.annotations.NullMarked;
