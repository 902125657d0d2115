// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.kdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Key period arithmetic (TS 33.180 §5.3 / F.2.1 P5). */
class KeyPeriodTest {
  @Test
  void digestExampleIsPeriod1521() {
    // ts33180 digest §1.4: 2025-01-01T00:00:00Z = NTP 3944678400; period 2592000, offset 0 -> 1521.
    KeyPeriod p = new KeyPeriod(2_592_000, 0);
    Instant t = Instant.parse("2025-01-01T00:00:00Z");
    assertEquals(3_944_678_400L, t.getEpochSecond() + KeyPeriod.NTP_UNIX_OFFSET);
    assertEquals(1521, p.periodNumberAt(t));
  }

  @Property(tries = 200)
  void instantLiesInsideItsPeriod(@ForAll @LongRange(min = 0, max = 4_000_000_000L) long unix,
      @ForAll @LongRange(min = 1, max = 100_000_000L) long period,
      @ForAll @LongRange(min = 0, max = 100_000_000L) long offset) {
    KeyPeriod p = new KeyPeriod(period, offset);
    Instant t = Instant.ofEpochSecond(unix);
    long no = p.periodNumberAt(t);
    assertTrue(!p.periodStart(no).isAfter(t) && p.periodEnd(no).isAfter(t), "start <= t < end");
  }

  @Test
  void rejectsZeroPeriodAndNegativeOffset() {
    assertThrows(IllegalArgumentException.class, () -> new KeyPeriod(0, 0));
    assertThrows(IllegalArgumentException.class, () -> new KeyPeriod(10, -1));
  }

  @Test
  void integersUseTheFewestOctets() {
    assertEquals("00", Ts33220Kdf.nonNegativeInteger(0).toHex());
    assertEquals("80", Ts33220Kdf.nonNegativeInteger(128).toHex());
    assertEquals("278d00", Ts33220Kdf.nonNegativeInteger(2_592_000).toHex());
    assertEquals("ffffffff", Ts33220Kdf.nonNegativeInteger(0xFFFF_FFFFL).toHex());
  }
}
