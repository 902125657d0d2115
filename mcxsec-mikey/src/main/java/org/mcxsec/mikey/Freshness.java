// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

import java.time.Duration;
import java.util.Objects;

/**
 * How far the T payload may lie from the receiver's clock (RFC 3830 §5.4: the allowed clock skew is local policy),
 * and whether accepted messages go into the replay cache.
 *
 * <p>Messages exchanged at call setup (PCK, CSK) arrive within moments: {@link #INTERACTIVE}. A GMK inside a group
 * document may be fetched long after the GMS created it, so a GMK receiver chooses a window as long as its documents
 * live. {@link #NONE} (no time check, no replay cache) is for offline tools that open stored messages.
 *
 * @param checked whether T is checked and accepted messages are remembered
 * @param maxAge how far T may lie in the past
 * @param maxAhead how far T may lie in the future
 */
public record Freshness(boolean checked, Duration maxAge, Duration maxAhead) {
  /** T within five minutes either side of the receiver's clock. */
  public static final Freshness INTERACTIVE = new Freshness(true, Duration.ofMinutes(5), Duration.ofMinutes(5));
  /** No time check and no replay cache. */
  public static final Freshness NONE = new Freshness(false, Duration.ZERO, Duration.ZERO);

  public Freshness {
    Objects.requireNonNull(maxAge, "maxAge");
    Objects.requireNonNull(maxAhead, "maxAhead");
    if (maxAge.isNegative() || maxAhead.isNegative()) {
      throw new IllegalArgumentException("freshness windows must not be negative: " + maxAge + ", " + maxAhead);
    }
  }

  /** T within {@code maxAge} before and {@code maxAhead} after the receiver's clock. */
  public static Freshness within(Duration maxAge, Duration maxAhead) {
    return new Freshness(true, maxAge, maxAhead);
  }
}
