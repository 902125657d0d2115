// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.kdf;

import java.time.Instant;

/**
 * The user key period of a KMS (TS 33.180 §5.3, Annex D certificate fields {@code UserKeyPeriod} and
 * {@code UserKeyOffset}, in seconds): key period number {@code = floor((NTP seconds − offset) / period)},
 * counted from 0h 1 January 1900 (the UID's P5, TS 33.180 F.2.1).
 *
 * <p>Thread safety: immutable.
 */
public record KeyPeriod(long periodSeconds, long offsetSeconds) {
  /** Seconds from the NTP epoch (1900-01-01) to the Unix epoch (1970-01-01). */
  public static final long NTP_UNIX_OFFSET = 2_208_988_800L;

  public KeyPeriod {
    if (periodSeconds < 1 || periodSeconds > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("key period " + periodSeconds + " s is outside [1, 2^32 - 1]");
    }
    if (offsetSeconds < 0 || offsetSeconds > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("key period offset " + offsetSeconds + " s is outside [0, 2^32 - 1]");
    }
  }

  /** The key period number containing {@code ntpSeconds} (seconds since 1900-01-01 UTC). */
  public long periodNumberAtNtp(long ntpSeconds) {
    return Math.floorDiv(ntpSeconds - offsetSeconds, periodSeconds);
  }

  /** The key period number containing {@code instant}. */
  public long periodNumberAt(Instant instant) {
    return periodNumberAtNtp(instant.getEpochSecond() + NTP_UNIX_OFFSET);
  }

  /** The first instant of key period {@code periodNo}. */
  public Instant periodStart(long periodNo) {
    return Instant.ofEpochSecond(Math.addExact(Math.multiplyExact(periodNo, periodSeconds), offsetSeconds)
        - NTP_UNIX_OFFSET);
  }

  /** The first instant after key period {@code periodNo}. */
  public Instant periodEnd(long periodNo) {
    return periodStart(Math.addExact(periodNo, 1));
  }
}
