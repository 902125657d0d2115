// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.testkit.Tamper;

/** TS 33.180 §7.4.2 per-sender contexts from the MKI: derivation on first packet, caching, unknown GMKs. */
class GroupSrtpReceiverTest {
  private static final int GMK_ID = 0x09BF9D37;
  private static final int GUK_A = 0x01C8DE7B;
  private static final int GUK_B = 0x0ABE69D0;
  private static final int CS = MediaKeyDerivation.CS_ID_MCPTT_GROUP;
  private GroupMasterKey gmk;

  @BeforeEach
  void setUp() {
    gmk = GroupMasterKey.of(SrtpVectors.secret(Bytes.fromHex("fcfe65cd967c58d260b603ccb9a887a9").toByteArray()),
        GMK_ID, Bytes.fromHex("4339f62f55aac86348846a482c893802"));
  }

  @AfterEach
  void tearDown() {
    gmk.close();
  }

  @ParameterizedTest
  @EnumSource(SrtpProfile.class)
  void unprotect_twoSendersInterleaved_derivesEachOnce(SrtpProfile profile) throws Exception {
    SrtpOptions options = SrtpOptions.defaults();
    try (GroupSrtpSender a = new GroupSrtpSender(gmk, GUK_A, profile, CS, options);
        GroupSrtpSender b = new GroupSrtpSender(gmk, GUK_B, profile, CS, options);
        GroupSrtpReceiver receiver = new GroupSrtpReceiver(profile, CS, options)) {
      receiver.addGmk(gmk);
      for (int seq = 1; seq <= 4; seq++) {
        Bytes pa = RtpPackets.rtp(seq, 0xA, 33, 0, false, 0);
        Bytes pb = RtpPackets.rtp(seq, 0xB, 160, 1, true, 0);
        assertEquals(new UnprotectResult(UnprotectStatus.OK, pa), receiver.unprotect(a.protect(pa)));
        assertEquals(new UnprotectResult(UnprotectStatus.OK, pb), receiver.unprotect(b.protect(pb)));
      }
      assertEquals(2, receiver.senderCount());
      Bytes rtcp = RtpPackets.rtcp(0xA, 5);
      assertEquals(new UnprotectResult(UnprotectStatus.OK, rtcp), receiver.unprotectRtcp(a.protectRtcp(rtcp)));
    }
  }

  @Test
  void unprotect_rtcpFirstFromNewSender_derivesContext() throws Exception {
    try (GroupSrtpSender a = new GroupSrtpSender(gmk, GUK_A, SrtpProfile.AEAD_AES_128_GCM, CS,
            SrtpOptions.defaults());
        GroupSrtpReceiver receiver = new GroupSrtpReceiver(SrtpProfile.AEAD_AES_128_GCM, CS,
            SrtpOptions.defaults())) {
      receiver.addGmk(gmk);
      Bytes rtcp = RtpPackets.rtcp(0xA, 3);
      assertEquals(UnprotectStatus.OK, receiver.unprotectRtcp(a.protectRtcp(rtcp)).status());
      assertEquals(1, receiver.senderCount());
      assertEquals(UnprotectStatus.OK, receiver.unprotect(a.protect(RtpPackets.rtp(1, 20))).status());
      assertEquals(1, receiver.senderCount());
    }
  }

  @Test
  void unprotect_unknownGmkId_returnsUnknownKeyAndKeepsNothing() throws Exception {
    try (GroupMasterKey other = GroupMasterKey.of(SrtpVectors.secret(new byte[16]), 0x0000_0001, gmk.rand());
        GroupSrtpSender stranger = new GroupSrtpSender(other, 0x0000_0002, SrtpProfile.AEAD_AES_128_GCM, CS,
            SrtpOptions.defaults());
        GroupSrtpReceiver receiver = new GroupSrtpReceiver(SrtpProfile.AEAD_AES_128_GCM, CS,
            SrtpOptions.defaults())) {
      receiver.addGmk(gmk);
      assertEquals(UnprotectStatus.UNKNOWN_KEY, receiver.unprotect(stranger.protect(RtpPackets.rtp(1, 9))).status());
      assertEquals(UnprotectStatus.UNKNOWN_KEY,
          receiver.unprotectRtcp(stranger.protectRtcp(RtpPackets.rtcp(3, 1))).status());
      assertEquals(0, receiver.senderCount());
    }
  }

  @Test
  void unprotect_purposeTagOfGukIdDiffers_returnsUnknownKey() throws Exception {
    try (GroupSrtpSender odd = new GroupSrtpSender(gmk, 0x51C8DE7B, SrtpProfile.AEAD_AES_128_GCM, CS,
            SrtpOptions.defaults());
        GroupSrtpReceiver receiver = new GroupSrtpReceiver(SrtpProfile.AEAD_AES_128_GCM, CS,
            SrtpOptions.defaults())) {
      receiver.addGmk(gmk);
      assertEquals(UnprotectStatus.UNKNOWN_KEY, receiver.unprotect(odd.protect(RtpPackets.rtp(1, 9))).status());
    }
  }

  @Test
  void removeGmk_heldGmk_dropsItsSenders() throws Exception {
    try (GroupSrtpSender a = new GroupSrtpSender(gmk, GUK_A, SrtpProfile.AEAD_AES_128_GCM, CS,
            SrtpOptions.defaults());
        GroupSrtpReceiver receiver = new GroupSrtpReceiver(SrtpProfile.AEAD_AES_128_GCM, CS,
            SrtpOptions.defaults())) {
      receiver.addGmk(gmk);
      assertEquals(UnprotectStatus.OK, receiver.unprotect(a.protect(RtpPackets.rtp(1, 9))).status());
      assertTrue(receiver.removeGmk(GMK_ID));
      assertFalse(receiver.removeGmk(GMK_ID));
      assertEquals(0, receiver.senderCount());
      assertEquals(UnprotectStatus.UNKNOWN_KEY, receiver.unprotect(a.protect(RtpPackets.rtp(2, 9))).status());
    }
  }

  @ParameterizedTest
  @EnumSource(SrtpProfile.class)
  void unprotect_everyBitFlipOfFirstPacket_neverOkAndKeepsNoSender(SrtpProfile profile) throws Exception {
    SrtpOptions options = profile.isAead() ? SrtpOptions.defaults().withRccm3(1) : SrtpOptions.defaults();
    try (GroupSrtpSender a = new GroupSrtpSender(gmk, GUK_A, profile, CS, options);
        GroupSrtpReceiver receiver = new GroupSrtpReceiver(profile, CS, options)) {
      receiver.addGmk(gmk);
      Bytes packet = a.protect(RtpPackets.rtp(7, 0xA, 12, 0, false, 0));
      Tamper.everyBitFlip(packet.toByteArray()).forEach(f -> {
        UnprotectStatus s = receiver.unprotect(Bytes.copyOf(f.data())).status();
        assertNotEquals(UnprotectStatus.OK, s, f.toString());
        assertTrue(EnumSet.of(UnprotectStatus.AUTH_FAILED, UnprotectStatus.UNKNOWN_KEY, UnprotectStatus.MALFORMED)
            .contains(s), f + " gave " + s);
      });
      assertEquals(0, receiver.senderCount());
      assertEquals(UnprotectStatus.OK, receiver.unprotect(packet).status());
      assertEquals(1, receiver.senderCount());
    }
  }

  @Test
  void unprotect_manySenders_keepsAtMostTheCap() throws Exception {
    try (GroupSrtpReceiver receiver = new GroupSrtpReceiver(SrtpProfile.AEAD_AES_128_GCM, CS,
        SrtpOptions.defaults(), 3)) {
      receiver.addGmk(gmk);
      for (int i = 0; i < 5; i++) {
        try (GroupSrtpSender s = new GroupSrtpSender(gmk, GUK_A + i, SrtpProfile.AEAD_AES_128_GCM, CS,
            SrtpOptions.defaults())) {
          assertEquals(UnprotectStatus.OK, receiver.unprotect(s.protect(RtpPackets.rtp(1, 9))).status());
        }
      }
      assertEquals(3, receiver.senderCount());
    }
  }
}
