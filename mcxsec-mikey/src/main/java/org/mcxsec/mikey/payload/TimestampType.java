// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.payload;

import java.util.Optional;

/** "TS type" of the T payload and the length of its TS value (RFC 3830 §6.6). */
public enum TimestampType {
  /** NTP timestamp in UTC, 64 bits: seconds since 1900-01-01 ‖ fraction. TS 33.180 E.1 uses it. */
  NTP_UTC(0, "NTP-UTC", 8),
  /** NTP timestamp, 64 bits. */
  NTP(1, "NTP", 8),
  /** A 32-bit counter. */
  COUNTER(2, "COUNTER", 4);

  private final int wire;
  private final String specName;
  private final int valueOctets;

  TimestampType(int wire, String specName, int valueOctets) {
    this.wire = wire;
    this.specName = specName;
    this.valueOctets = valueOctets;
  }

  public int wire() {
    return wire;
  }

  public String specName() {
    return specName;
  }

  /** Length of the TS value in octets. */
  public int valueOctets() {
    return valueOctets;
  }

  public static Optional<TimestampType> find(int wire) {
    for (TimestampType t : values()) {
      if (t.wire == wire) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
