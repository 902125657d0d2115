// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** RFC 3711 §3.3.1 / Appendix A index estimation. */
class SrtpIndexTest {
  @Test
  void estimate_firstPacket_usesInitialRoc() {
    assertEquals(7L << 16 | 65535, SrtpIndex.estimate(-1, 7, 65535));
  }

  @Test
  void estimate_wrapForwardAndLateBeforeWrap_pickNeighbourRoc() {
    long highest = 3L << 16 | 65530;
    assertEquals(4L << 16 | 2, SrtpIndex.estimate(highest, 0, 2));            // after the wrap
    long afterWrap = 4L << 16 | 2;
    assertEquals(3L << 16 | 65534, SrtpIndex.estimate(afterWrap, 0, 65534));  // late, from before it
  }

  @Test
  void estimate_beforeRocZero_isInvalid() {
    assertFalse(SrtpIndex.isValid(SrtpIndex.estimate(10, 0, 60000)));
    assertFalse(SrtpIndex.isValid(SrtpIndex.estimate(SrtpIndex.MAX, 0, 1)));
  }

  @Property(tries = 200)
  void estimate_withinHalfRangeOfHighest_recoversTrueIndex(@ForAll @LongRange(min = 1L << 16, max = 1L << 40) long
      highest, @ForAll @IntRange(min = -32767, max = 32767) int distance) {
    long truth = highest + distance;
    assertEquals(truth, SrtpIndex.estimate(highest, 0, (int) (truth & 0xFFFF)));
  }
}
