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

/** RFC 3711 §3.3 receiver behaviour: ROC across a wrap, reordering, replays, the window edge, MKIs, RCCm3. */
class SrtpReceiverTest {
  @ParameterizedTest
  @EnumSource(SrtpProfile.class)
  void unprotect_sequenceWrap_incrementsRoc(SrtpProfile profile) throws Exception {
    try (SrtpMasterKey key = RtpPackets.key(profile, Bytes.empty()); SrtpSender sender = new SrtpSender(key);
        SrtpReceiver receiver = new SrtpReceiver(key)) {
      for (int i = 0; i < 6; i++) {
        int seq = (65533 + i) & 0xFFFF;
        Bytes plain = RtpPackets.rtp(seq, 10);
        UnprotectResult r = receiver.unprotect(sender.protect(plain));
        assertEquals(new UnprotectResult(UnprotectStatus.OK, plain), r, "seq " + seq);
        assertEquals(seq < 100 ? 1 : 0, receiver.roc(RtpPackets.SSRC), "ROC after seq " + seq);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(SrtpProfile.class)
  void unprotect_reorderedAcrossWrap_acceptsEachOnceWithItsRoc(SrtpProfile profile) throws Exception {
    try (SrtpMasterKey key = RtpPackets.key(profile, RtpPackets.mki(4));
        SrtpSender sender = new SrtpSender(key, SrtpOptions.defaults().withInitialRoc(41));
        SrtpReceiver receiver = new SrtpReceiver(key, SrtpOptions.defaults().withInitialRoc(41))) {
      List<Bytes> plain = new ArrayList<>();
      List<Bytes> sent = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        plain.add(RtpPackets.rtp((65532 + i) & 0xFFFF, 40));
        sent.add(sender.protect(plain.get(i)));
      }
      int[] order = {0, 1, 5, 2, 7, 3, 4, 6};          // packets after the wrap arrive before late ones
      for (int i : order) {
        assertEquals(new UnprotectResult(UnprotectStatus.OK, plain.get(i)), receiver.unprotect(sent.get(i)),
            "packet " + i);
      }
      assertEquals(42, receiver.roc(RtpPackets.SSRC));
      for (Bytes p : sent) {
        assertEquals(UnprotectStatus.REPLAYED, receiver.unprotect(p).status());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(SrtpProfile.class)
  void unprotect_behindWindow_returnsTooOldAndChangesNothing(SrtpProfile profile) throws Exception {
    try (SrtpMasterKey key = RtpPackets.key(profile, Bytes.empty()); SrtpSender sender = new SrtpSender(key);
        SrtpReceiver receiver = new SrtpReceiver(key)) {
      List<Bytes> sent = new ArrayList<>();
      for (int seq = 1000; seq < 1130; seq++) {
        sent.add(sender.protect(RtpPackets.rtp(seq, 5)));
      }
      assertEquals(UnprotectStatus.OK, receiver.unprotect(sent.get(129)).status());   // seq 1129
      assertEquals(UnprotectStatus.TOO_OLD, receiver.unprotect(sent.get(0)).status());    // 129 behind
      assertEquals(UnprotectStatus.TOO_OLD, receiver.unprotect(sent.get(1)).status());    // 128 behind
      assertEquals(UnprotectStatus.OK, receiver.unprotect(sent.get(2)).status());         // 127 behind: inside
      assertEquals(1129, receiver.highestIndex(RtpPackets.SSRC));
    }
  }

  @ParameterizedTest
  @EnumSource(SrtpProfile.class)
  void unprotect_forgedThenGenuine_acceptsGenuineAndKeepsState(SrtpProfile profile) throws Exception {
    try (SrtpMasterKey key = RtpPackets.key(profile, RtpPackets.mki(8)); SrtpSender sender = new SrtpSender(key);
        SrtpReceiver receiver = new SrtpReceiver(key)) {
      Bytes genuine = sender.protect(RtpPackets.rtp(65535, 12));
      byte[] forged = genuine.toByteArray();
      forged[13] ^= 1;
      assertEquals(UnprotectStatus.AUTH_FAILED, receiver.unprotect(Bytes.copyOf(forged)).status());
      assertEquals(-1, receiver.highestIndex(RtpPackets.SSRC));
      assertEquals(0, receiver.roc(RtpPackets.SSRC));
      assertEquals(UnprotectStatus.OK, receiver.unprotect(genuine).status());
      assertEquals(65535, receiver.highestIndex(RtpPackets.SSRC));
    }
  }

  @ParameterizedTest
  @EnumSource(SrtpProfile.class)
  void unprotect_paddingCsrcsAndExtension_roundTrip(SrtpProfile profile) throws Exception {
    try (SrtpMasterKey key = RtpPackets.key(profile, RtpPackets.mki(4)); SrtpSender sender = new SrtpSender(key);
        SrtpReceiver receiver = new SrtpReceiver(key)) {
      int seq = 1;
      for (int csrcs : new int[] {0, 1, 15}) {
        for (boolean ext : new boolean[] {false, true}) {
          for (int padding : new int[] {0, 1, 4}) {
            Bytes plain = RtpPackets.rtp(seq++, 0xCAFE, 17, csrcs, ext, padding);
            assertEquals(new UnprotectResult(UnprotectStatus.OK, plain), receiver.unprotect(sender.protect(plain)));
          }
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(SrtpProfile.class)
  void unprotect_twoKeysByMki_selectsEachAndRejectsOthers(SrtpProfile profile) throws Exception {
    try (SrtpMasterKey a = RtpPackets.key(profile, Bytes.fromHex("00000001"));
        SrtpMasterKey b = SrtpMasterKey.of(profile, SrtpVectors.secret(new byte[16]),
            SrtpVectors.secret(new byte[profile.masterSaltOctets()]), Bytes.fromHex("00000002"));
        SrtpMasterKey c = RtpPackets.key(profile, Bytes.fromHex("00000003"));
        SrtpSender sa = new SrtpSender(a); SrtpSender sb = new SrtpSender(b); SrtpSender sc = new SrtpSender(c);
        SrtpReceiver receiver = new SrtpReceiver(List.of(a, b), SrtpOptions.defaults())) {
      assertEquals(UnprotectStatus.OK, receiver.unprotect(sa.protect(RtpPackets.rtp(1, 9))).status());
      assertEquals(UnprotectStatus.OK, receiver.unprotect(sb.protect(RtpPackets.rtp(2, 9))).status());
      assertEquals(UnprotectStatus.UNKNOWN_KEY, receiver.unprotect(sc.protect(RtpPackets.rtp(3, 9))).status());
    }
  }

  @Test
  void unprotect_lateJoinerWithRccm3_learnsRocFromPacket() throws Exception {
    SrtpOptions rcc = SrtpOptions.defaults().withRccm3(1);
    try (SrtpMasterKey key = RtpPackets.key(SrtpProfile.AEAD_AES_128_GCM, RtpPackets.mki(8));
        SrtpSender sender = new SrtpSender(key, rcc.withInitialRoc(5));
        SrtpReceiver late = new SrtpReceiver(key, rcc);
        SrtpReceiver withoutRcc = new SrtpReceiver(key)) {
      Bytes plain = RtpPackets.rtp(300, 20);
      Bytes packet = sender.protect(plain);
      assertEquals(plain.size() + 16 + 8 + 4, packet.size());
      assertEquals("00000005", packet.slice(packet.size() - 4, packet.size()).toHex());
      assertEquals(new UnprotectResult(UnprotectStatus.OK, plain), late.unprotect(packet));
      assertEquals(5, late.roc(RtpPackets.SSRC));
      assertEquals(UnprotectStatus.UNKNOWN_KEY, withoutRcc.unprotect(packet).status());   // MKI read 4 too late
    }
  }

  @Test
  void unprotect_rccm3RateFour_carriesRocOnlyOnMultiplesOfFour() throws Exception {
    SrtpOptions rcc = SrtpOptions.defaults().withRccm3(4).withInitialRoc(9);
    try (SrtpMasterKey key = RtpPackets.key(SrtpProfile.AEAD_AES_128_GCM, Bytes.empty());
        SrtpSender sender = new SrtpSender(key, rcc); SrtpReceiver receiver = new SrtpReceiver(key, rcc)) {
      for (int seq = 8; seq < 13; seq++) {
        Bytes plain = RtpPackets.rtp(seq, 3);
        Bytes packet = sender.protect(plain);
        assertEquals(plain.size() + 16 + (seq % 4 == 0 ? 4 : 0), packet.size(), "seq " + seq);
        assertEquals(UnprotectStatus.OK, receiver.unprotect(packet).status(), "seq " + seq);
      }
    }
  }

  @Test
  void new_rccm3WithAesCm_throwsNamingProfile() {
    try (SrtpMasterKey key = RtpPackets.key(SrtpProfile.AES_CM_128_HMAC_SHA1_80, Bytes.empty())) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> new SrtpReceiver(key, SrtpOptions.defaults().withRccm3(1)));
      assertEquals("RCCm3 carries no MAC; it is only allowed with an AEAD profile, not AES_CM_128_HMAC_SHA1_80",
          e.getMessage());
    }
  }

  @Test
  void new_twoKeysWithOneMki_throwsNamingBoth() {
    try (SrtpMasterKey a = RtpPackets.key(SrtpProfile.AEAD_AES_128_GCM, RtpPackets.mki(4))) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> new SrtpReceiver(List.of(a, a), SrtpOptions.defaults()));
      assertEquals("master keys 0 and 1 share the MKI c0c1c2c3", e.getMessage());
    }
  }

  @Test
  void new_keysOfTwoProfiles_throwsNamingBoth() {
    try (SrtpMasterKey a = RtpPackets.key(SrtpProfile.AEAD_AES_128_GCM, RtpPackets.mki(4));
        SrtpMasterKey b = RtpPackets.key(SrtpProfile.AES_CM_128_HMAC_SHA1_80, RtpPackets.mki(4))) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> new SrtpReceiver(List.of(a, b), SrtpOptions.defaults()));
      assertEquals("master key 1 (AES_CM_128_HMAC_SHA1_80, 4-octet MKI) differs from key 0 (AEAD_AES_128_GCM, "
          + "4-octet MKI)", e.getMessage());
    }
  }

  @Test
  void unprotect_bufferOffset_worksInPlace() throws Exception {
    try (SrtpMasterKey key = RtpPackets.key(SrtpProfile.AEAD_AES_128_GCM, RtpPackets.mki(4));
        SrtpSender sender = new SrtpSender(key); SrtpReceiver receiver = new SrtpReceiver(key)) {
      Bytes plain = RtpPackets.rtp(77, 160);
      byte[] array = new byte[7 + plain.size() + sender.overhead() + 5];
      plain.copyTo(array, 7);
      PacketBuffer buffer = new PacketBuffer(array, 7, plain.size());
      sender.protect(buffer);
      assertEquals(plain.size() + 20, buffer.length());
      assertEquals(UnprotectStatus.OK, receiver.unprotect(buffer));
      assertEquals(plain, buffer.toBytes());
      assertEquals(7, buffer.offset());
    }
  }
}
