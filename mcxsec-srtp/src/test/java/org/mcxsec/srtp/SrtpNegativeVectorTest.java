// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mcxsec.testkit.Vector;

/** The 5 + 5 negative vectors of rfc3711-srtp.json and rfc7714-srtp-gcm.json are rejected, each for its reason. */
class SrtpNegativeVectorTest {
  static List<Vector> invalid() {
    return SrtpVectors.invalid();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void unprotect_modifiedPacket_isRejected(Vector v) {
    // The first packet of libsrtp-random-cm80-03 has an empty payload, so its "first encrypted payload octet"
    // is the first MKI octet: that packet names no key. Every other modification must fail authentication.
    Set<UnprotectStatus> expected = v.name().endsWith("unknown-mki")
        || v.name().equals("libsrtp-random-cm80-03-rtp-flipped-bit-in-payload")
        ? EnumSet.of(UnprotectStatus.UNKNOWN_KEY) : EnumSet.of(UnprotectStatus.AUTH_FAILED);
    try (SrtpMasterKey key = SrtpVectors.masterKey(v)) {
      UnprotectResult r;
      if (v.has("protected_rtcp")) {
        try (SrtcpReceiver receiver = new SrtcpReceiver(key)) {
          r = receiver.unprotect(SrtpVectors.bytes(v, "protected_rtcp"));
        }
      } else {
        try (SrtpReceiver receiver = new SrtpReceiver(key,
            SrtpOptions.defaults().withInitialRoc(v.number("roc")))) {
          r = receiver.unprotect(SrtpVectors.bytes(v, "protected"));
        }
      }
      assertEquals(expected, EnumSet.of(r.status()), v.text("modification"));
    }
  }
}
