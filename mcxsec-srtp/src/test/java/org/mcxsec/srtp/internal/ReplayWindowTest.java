// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** RFC 3711 §3.3.2 replay list against a model that remembers every accepted index. */
class ReplayWindowTest {
  @Property(tries = 200)
  void check_anyArrivalOrder_matchesModel(@ForAll @Size(max = 400) List<@IntRange(max = 700) Integer> arrivals,
      @ForAll @IntRange(min = 1, max = 3) int words) {
    int size = 64 * words * 2;
    ReplayWindow window = new ReplayWindow(size);
    Set<Long> seen = new HashSet<>();
    long highest = -1;
    for (int a : arrivals) {
      long index = a;
      int expected = seen.contains(index) ? ReplayWindow.REPLAYED
          : highest >= 0 && highest - index >= size ? ReplayWindow.TOO_OLD : ReplayWindow.FRESH;
      if (expected == ReplayWindow.REPLAYED && highest - index >= size) {
        expected = ReplayWindow.TOO_OLD;             // forgotten once it left the window
      }
      assertEquals(expected, window.check(index), "index " + index + " after highest " + highest);
      if (expected == ReplayWindow.FRESH) {
        window.accept(index);
        seen.add(index);
        highest = Math.max(highest, index);
      }
      assertEquals(highest, window.highest());
    }
  }

  @Test
  void accept_jumpBeyondWindow_forgetsEverything() {
    ReplayWindow window = new ReplayWindow(128);
    window.accept(5);
    window.accept(1000);
    assertEquals(ReplayWindow.TOO_OLD, window.check(5));
    assertEquals(ReplayWindow.FRESH, window.check(999));
    assertEquals(ReplayWindow.FRESH, window.check(873));
    assertEquals(ReplayWindow.TOO_OLD, window.check(872));
    assertEquals(ReplayWindow.REPLAYED, window.check(1000));
  }
}
