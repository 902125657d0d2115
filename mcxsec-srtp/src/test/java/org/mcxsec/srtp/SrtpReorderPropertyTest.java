// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.mcxsec.crypto.Bytes;

/**
 * A stream sent in order and delivered shuffled, with duplicates and losses, near a sequence-number wrap: each
 * packet is accepted once with its own ROC, a repeat is REPLAYED, one behind the window is TOO_OLD, and a first
 * packet from after the wrap fails (the receiver assumes its initial ROC), exactly as a model that remembers every
 * accepted index predicts (RFC 3711 §3.3.1, §3.3.2).
 */
class SrtpReorderPropertyTest {
  @Property(tries = 60)
  void unprotect_shuffledDuplicatedStream_matchesModel(@ForAll SrtpProfile profile,
      @ForAll @IntRange(min = 65_300, max = 65_535) int firstSeq,
      @ForAll @Size(min = 1, max = 300) List<@IntRange(max = 299) Integer> deliveries) throws Exception {
    int window = 128;
    try (SrtpMasterKey key = RtpPackets.key(profile, RtpPackets.mki(4));
        SrtpSender sender = new SrtpSender(key, SrtpOptions.defaults().withInitialRoc(3));
        SrtpReceiver receiver = new SrtpReceiver(key, SrtpOptions.defaults().withInitialRoc(3))) {
      List<Bytes> plain = new ArrayList<>();
      List<Bytes> sent = new ArrayList<>();
      for (int i = 0; i < 300; i++) {
        plain.add(RtpPackets.rtp((firstSeq + i) & 0xFFFF, 8));
        sent.add(sender.protect(plain.get(i)));
      }
      Set<Integer> accepted = new HashSet<>();
      int highest = -1;
      for (int i : deliveries) {
        // a receiver without state assumes its initial ROC, so a first packet from after the wrap fails
        UnprotectStatus expected = highest < 0 && firstSeq + i > 0xFFFF ? UnprotectStatus.AUTH_FAILED
            : highest >= 0 && highest - i >= window ? UnprotectStatus.TOO_OLD
            : accepted.contains(i) ? UnprotectStatus.REPLAYED : UnprotectStatus.OK;
        UnprotectResult r = receiver.unprotect(sent.get(i));
        assertEquals(expected, r.status(), "packet " + i + " after highest " + highest);
        if (expected.isOk()) {
          assertEquals(plain.get(i), r.packet());
          accepted.add(i);
          highest = Math.max(highest, i);
        }
        long expectedRoc = highest < 0 ? 3 : 3 + ((firstSeq + highest) >>> 16);
        assertEquals(expectedRoc, receiver.roc(RtpPackets.SSRC));
      }
    }
  }
}
