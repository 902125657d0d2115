// SPDX-License-Identifier: Apache-2.0
/** JMH benchmarks of the hot paths, each side by side with a reference implementation. */
package org.mcxsec.bench;
