// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mcxsec.testkit.Vector;

/**
 * RFC 3711 B.3 and libsrtp 2.5.0 sessions (rfc3711-srtp.json, rfc7714-srtp-gcm.json): every packet protected
 * byte for byte, every protected packet back to the plain one, SRTP and SRTCP.
 */
class SrtpSessionVectorTest {
  static List<Vector> sessions() {
    return SrtpVectors.sessions();
  }

  static List<Vector> rtcpSessions() {
    return SrtpVectors.rtcpSessions();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sessions")
  void protect_everyRtpPacket_matchesLibsrtp(Vector v) throws Exception {
    SrtpOptions options = SrtpOptions.defaults().withInitialRoc(v.number("initial_roc"));
    try (SrtpMasterKey key = SrtpVectors.masterKey(v); SrtpSender sender = new SrtpSender(key, options)) {
      for (Vector p : v.list("rtp")) {
        assertEquals(SrtpVectors.bytes(p, "protected"), sender.protect(SrtpVectors.bytes(p, "plain")),
            "seq " + p.number("seq"));
        assertEquals(p.number("roc"), sender.roc(ssrc(v)), "ROC after seq " + p.number("seq"));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sessions")
  void unprotect_everyRtpPacket_returnsPlain(Vector v) {
    SrtpOptions options = SrtpOptions.defaults().withInitialRoc(v.number("initial_roc"));
    try (SrtpMasterKey key = SrtpVectors.masterKey(v); SrtpReceiver receiver = new SrtpReceiver(key, options)) {
      for (Vector p : v.list("rtp")) {
        UnprotectResult r = receiver.unprotect(SrtpVectors.bytes(p, "protected"));
        assertEquals(UnprotectStatus.OK, r.status(), "seq " + p.number("seq"));
        assertEquals(SrtpVectors.bytes(p, "plain"), r.packet(), "seq " + p.number("seq"));
        assertEquals(p.number("roc"), receiver.roc(ssrc(v)), "ROC after seq " + p.number("seq"));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rtcpSessions")
  void protect_everyRtcpPacket_matchesLibsrtp(Vector v) throws Exception {
    List<Vector> packets = v.list("rtcp");
    SrtpOptions options = SrtpOptions.defaults().withFirstSrtcpIndex(packets.get(0).number("srtcp_index"))
        .withEncryptRtcp(packets.get(0).bool("encrypted"));
    try (SrtpMasterKey key = SrtpVectors.masterKey(v); SrtcpSender sender = new SrtcpSender(key, options)) {
      for (Vector p : packets) {
        assertEquals(SrtpVectors.bytes(p, "protected"), sender.protect(SrtpVectors.bytes(p, "plain")),
            "SRTCP index " + p.number("srtcp_index"));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rtcpSessions")
  void unprotect_everyRtcpPacket_returnsPlain(Vector v) {
    try (SrtpMasterKey key = SrtpVectors.masterKey(v); SrtcpReceiver receiver = new SrtcpReceiver(key)) {
      for (Vector p : v.list("rtcp")) {
        UnprotectResult r = receiver.unprotect(SrtpVectors.bytes(p, "protected"));
        assertEquals(UnprotectStatus.OK, r.status(), "SRTCP index " + p.number("srtcp_index"));
        assertEquals(SrtpVectors.bytes(p, "plain"), r.packet(), "SRTCP index " + p.number("srtcp_index"));
        assertEquals(p.number("srtcp_index"), receiver.highestIndex(ssrc(v)));
      }
    }
  }

  private static int ssrc(Vector v) {
    return (int) Long.parseLong(v.text("ssrc"), 16);
  }
}
