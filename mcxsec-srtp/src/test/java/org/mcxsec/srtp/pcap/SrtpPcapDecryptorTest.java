// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.srtp.GroupMasterKey;
import org.mcxsec.srtp.GroupSrtpSender;
import org.mcxsec.srtp.MediaKeyDerivation;
import org.mcxsec.srtp.SrtcpSender;
import org.mcxsec.srtp.SrtpMasterKey;
import org.mcxsec.srtp.SrtpOptions;
import org.mcxsec.srtp.SrtpProfile;
import org.mcxsec.srtp.SrtpSender;
import org.mcxsec.srtp.UnprotectStatus;

/**
 * A capture of two group talkers (GMK line, per-sender derivation with RCCm3), a private call (master-key line
 * with MKI), an AES-CM stream without MKI, SRTCP, a foreign stream and non-RTP traffic decrypts to the plain
 * packets, leaving the rest unchanged.
 */
class SrtpPcapDecryptorTest {
  private static final UdpFrame.Endpoint TALKER = UdpFrame.Endpoint.of(10, 0, 0, 1, 30000);
  private static final UdpFrame.Endpoint LISTENER = UdpFrame.Endpoint.of(10, 0, 0, 2, 30002);

  @ParameterizedTest
  @EnumSource(LinkType.class)
  void decrypt_mixedCapture_recoversEveryKeyedPacket(LinkType linkType) throws Exception {
    SrtpProfile gcm = SrtpProfile.AEAD_AES_128_GCM;
    SrtpOptions rcc = SrtpOptions.defaults().withRccm3(1);
    List<Bytes> expected = new ArrayList<>();
    ByteArrayOutputStream capture = new ByteArrayOutputStream();
    try (GroupMasterKey gmk = GroupMasterKey.of(secret(16, 1), 0x1000_0001, Bytes.fromHex(
            "00112233445566778899aabbccddeeff"));
        GroupMasterKey foreign = GroupMasterKey.of(secret(16, 9), 0x1000_0002, gmk.rand());
        GroupSrtpSender alice = new GroupSrtpSender(gmk, 0x1234_5678, gcm, 4, rcc);
        GroupSrtpSender bob = new GroupSrtpSender(gmk, 0x1876_5432, gcm, 4, rcc);
        GroupSrtpSender stranger = new GroupSrtpSender(foreign, 0x1000_0003, gcm, 4, rcc);
        SrtpMasterKey pck = MediaKeyDerivation.privateCallKey(secret(16, 2), 0x2000_0001, gmk.rand(), 0, gcm);
        SrtpMasterKey cm = SrtpMasterKey.of(SrtpProfile.AES_CM_128_HMAC_SHA1_80, secret(16, 3), secret(14, 4));
        SrtpSender call = new SrtpSender(pck);
        SrtpSender plainCm = new SrtpSender(cm);
        SrtcpSender cmRtcp = new SrtcpSender(cm);
        PcapWriter w = new PcapWriter(capture, linkType)) {
      long t = 1_000_000_000L;
      for (int seq = 65534; seq < 65538; seq++) {               // across a sequence-number wrap
        Bytes a = rtp(seq & 0xFFFF, 0xA1, 40);
        Bytes b = rtp(seq & 0xFFFF, 0xB2, 41);
        w.writeUdp(t++, TALKER, LISTENER, alice.protect(a));
        w.writeUdp(t++, TALKER, LISTENER, bob.protect(b));
        expected.add(a);
        expected.add(b);
      }
      Bytes p = rtp(9, 0xC3, 160);
      w.writeUdp(t++, TALKER, LISTENER, call.protect(p));
      expected.add(p);
      Bytes q = rtp(10, 0xD4, 20);
      w.writeUdp(t++, TALKER, LISTENER, plainCm.protect(q));
      expected.add(q);
      Bytes sr = Bytes.fromHex("80c8000600000d4400000001000000020000000300000004000000050000");
      w.writeUdp(t++, TALKER, LISTENER, cmRtcp.protect(sr.slice(0, 28)));
      expected.add(sr.slice(0, 28));
      Bytes unknown = stranger.protect(rtp(1, 0xE5, 30));
      w.writeUdp(t++, TALKER, LISTENER, unknown);
      expected.add(unknown);
      w.writeUdp(t++, TALKER, LISTENER, Bytes.fromHex("474554202f20485454502f312e310d0a"));   // not RTP
      expected.add(Bytes.fromHex("474554202f20485454502f312e310d0a"));
      w.flush();
      String keylog = SrtpKeyLog.insecureFormat(gmk, gcm, 4) + " rccm3=1\n" + SrtpKeyLog.insecureFormat(pck)
          + "\n" + SrtpKeyLog.insecureFormat(cm) + "\n";
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      PcapDecryptReport report;
      try (SrtpKeyLog keys = SrtpKeyLog.parse(keylog); SrtpPcapDecryptor d = new SrtpPcapDecryptor(keys)) {
        report = d.decrypt(new ByteArrayInputStream(capture.toByteArray()), out);
      }
      // the foreign packet names no GMK, but the key without an MKI tries it too and fails authentication
      assertEquals(new PcapDecryptReport(13, 13, 10, 1, Map.of(UnprotectStatus.AUTH_FAILED, 1L)), report);
      try (PcapReader r = new PcapReader(new ByteArrayInputStream(out.toByteArray()))) {
        for (Bytes e : expected) {
          assertEquals(e, UdpFrame.decode(linkType, r.next().data()).payload());
        }
      }
    }
  }

  private static Bytes rtp(int seq, int ssrc, int payload) {
    byte[] p = new byte[12 + payload];
    p[0] = (byte) 0x80;
    p[1] = 8;
    p[2] = (byte) (seq >>> 8);
    p[3] = (byte) seq;
    p[11] = (byte) ssrc;
    for (int i = 12; i < p.length; i++) {
      p[i] = (byte) (i ^ seq);
    }
    return Bytes.copyOf(p);
  }

  private static SecretBytes secret(int octets, int fill) {
    byte[] b = new byte[octets];
    java.util.Arrays.fill(b, (byte) fill);
    return SecretBytes.copyOf(b, InsecureSecretAccess.get());
  }
}
