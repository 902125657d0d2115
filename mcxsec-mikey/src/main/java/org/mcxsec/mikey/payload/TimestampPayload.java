// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.payload;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The timestamp payload T (RFC 3830 §6.6): {@code next (8) | TS type (8) | TS value (64 or 32)}. MIKEY uses it
 * against replay (RFC 3830 §5.4) and TS 33.180 derives the key period of the UIDs from it (F.2.1).
 *
 * @param tsType the timestamp format
 * @param value the TS value: the 64 bits of an NTP timestamp (seconds in the high 32 bits, fraction in the low
 *     32), or the 32-bit counter in the low bits
 */
public record TimestampPayload(TimestampType tsType, long value) implements MikeyPayload {
  /** Seconds from the NTP epoch (1900-01-01) to the Unix epoch (1970-01-01). */
  private static final long NTP_UNIX_OFFSET = 2_208_988_800L;

  public TimestampPayload {
    Objects.requireNonNull(tsType, "tsType");
    if (tsType == TimestampType.COUNTER && (value >>> 32) != 0) {
      throw new IllegalArgumentException("COUNTER value " + Long.toUnsignedString(value) + " exceeds 32 bits");
    }
  }

  /** An NTP-UTC timestamp of {@code instant} (fraction from its nanoseconds). */
  public static TimestampPayload ntpUtc(Instant instant) {
    long seconds = instant.getEpochSecond() + NTP_UNIX_OFFSET;
    if (seconds < 0 || seconds > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException(instant + " is outside the NTP era 0");
    }
    long fraction = (((long) instant.getNano()) << 32) / 1_000_000_000L;
    return new TimestampPayload(TimestampType.NTP_UTC, seconds << 32 | fraction);
  }

  @Override
  public PayloadType type() {
    return PayloadType.T;
  }

  /** The NTP seconds (high 32 bits) of an NTP or NTP-UTC timestamp; empty for a counter. */
  public Optional<Long> ntpSeconds() {
    return tsType == TimestampType.COUNTER ? Optional.empty() : Optional.of(value >>> 32);
  }

  /** The instant of an NTP or NTP-UTC timestamp (era 0), to the nanosecond; empty for a counter. */
  public Optional<Instant> instant() {
    if (tsType == TimestampType.COUNTER) {
      return Optional.empty();
    }
    long nanos = ((value & 0xFFFF_FFFFL) * 1_000_000_000L) >>> 32;
    return Optional.of(Instant.ofEpochSecond((value >>> 32) - NTP_UNIX_OFFSET, nanos));
  }
}
