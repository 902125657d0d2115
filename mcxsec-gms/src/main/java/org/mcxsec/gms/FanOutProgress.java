// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.gms;

/** Progress of one GMK's fan-out: how many members of the total have their I_MESSAGE stored. */
@FunctionalInterface
public interface FanOutProgress {
  void progress(Gmk gmk, int done, int total);

  FanOutProgress NONE = (g, d, t) -> { };
}
