// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.MalformedMessageException;

/** RFC 3711 §3.4 SRTCP: explicit index, E flag, replay window, per-SSRC counters. */
class SrtcpReceiverTest {
  @ParameterizedTest
  @EnumSource(SrtpProfile.class)
  void unprotect_encryptedAndAuthenticatedOnly_bothRoundTrip(SrtpProfile profile) throws Exception {
    try (SrtpMasterKey key = RtpPackets.key(profile, RtpPackets.mki(8));
        SrtcpSender encrypting = new SrtcpSender(key);
        SrtcpSender clear = new SrtcpSender(key, SrtpOptions.defaults().withEncryptRtcp(false));
        SrtcpReceiver receiver = new SrtcpReceiver(key)) {
      Bytes a = RtpPackets.rtcp(1, 6);
      Bytes b = RtpPackets.rtcp(2, 6);
      Bytes pa = encrypting.protect(a);
      Bytes pb = clear.protect(b);
      assertEquals(b, pb.slice(0, b.size()));              // E = 0: the compound stays readable
      assertEquals(new UnprotectResult(UnprotectStatus.OK, a), receiver.unprotect(pa));
      assertEquals(new UnprotectResult(UnprotectStatus.OK, b), receiver.unprotect(pb));
    }
  }

  @ParameterizedTest
  @EnumSource(SrtpProfile.class)
  void unprotect_replayAndWindowEdge_areRejected(SrtpProfile profile) throws Exception {
    try (SrtpMasterKey key = RtpPackets.key(profile, Bytes.empty()); SrtcpSender sender = new SrtcpSender(key);
        SrtcpReceiver receiver = new SrtcpReceiver(key)) {
      List<Bytes> sent = new ArrayList<>();
      for (int i = 0; i < 130; i++) {
        sent.add(sender.protect(RtpPackets.rtcp(RtpPackets.SSRC, 2)));
      }
      assertEquals(UnprotectStatus.OK, receiver.unprotect(sent.get(129)).status());
      assertEquals(UnprotectStatus.REPLAYED, receiver.unprotect(sent.get(129)).status());
      assertEquals(UnprotectStatus.TOO_OLD, receiver.unprotect(sent.get(1)).status());
      assertEquals(UnprotectStatus.OK, receiver.unprotect(sent.get(2)).status());
      assertEquals(129, receiver.highestIndex(RtpPackets.SSRC));
    }
  }

  @Test
  void protect_firstIndexPerSsrc_countsSeparately() throws Exception {
    try (SrtpMasterKey key = RtpPackets.key(SrtpProfile.AEAD_AES_128_GCM, Bytes.empty());
        SrtcpSender sender = new SrtcpSender(key, SrtpOptions.defaults().withFirstSrtcpIndex(1))) {
      Bytes a1 = sender.protect(RtpPackets.rtcp(1, 1));
      Bytes b1 = sender.protect(RtpPackets.rtcp(2, 1));
      Bytes a2 = sender.protect(RtpPackets.rtcp(1, 1));
      assertEquals("80000001", a1.slice(a1.size() - 4, a1.size()).toHex());
      assertEquals("80000001", b1.slice(b1.size() - 4, b1.size()).toHex());
      assertEquals("80000002", a2.slice(a2.size() - 4, a2.size()).toHex());
    }
  }

  @Test
  void protect_versionZero_throwsMalformed() {
    try (SrtpMasterKey key = RtpPackets.key(SrtpProfile.AEAD_AES_128_GCM, Bytes.empty());
        SrtcpSender sender = new SrtcpSender(key)) {
      MalformedMessageException e = assertThrows(MalformedMessageException.class,
          () -> sender.protect(Bytes.fromHex("00c8000100000001")));
      assertEquals("RTCP version is 0; expected 2", e.getMessage());
      e = assertThrows(MalformedMessageException.class, () -> sender.protect(Bytes.fromHex("80c80001")));
      assertEquals("RTCP packet of 4 octets is shorter than the 8-octet header", e.getMessage());
    }
  }
}
