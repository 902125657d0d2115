// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.floor;

import java.util.Objects;

/**
 * The answer to a floor request (TS 24.380 6.3.4): granted, queued at a position, or denied with a reason.
 *
 * @param outcome what happened
 * @param queuePosition 1-based position when queued, else 0
 * @param reason why it was denied, else empty
 */
public record FloorDecision(Outcome outcome, int queuePosition, String reason) {
  /** The three answers. */
  public enum Outcome { GRANTED, QUEUED, DENIED }

  public FloorDecision {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(reason, "reason");
  }

  static FloorDecision granted() {
    return new FloorDecision(Outcome.GRANTED, 0, "");
  }

  static FloorDecision queued(int position) {
    return new FloorDecision(Outcome.QUEUED, position, "");
  }

  static FloorDecision denied(String reason) {
    return new FloorDecision(Outcome.DENIED, 0, reason);
  }
}
