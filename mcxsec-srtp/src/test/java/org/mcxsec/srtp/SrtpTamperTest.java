// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.testkit.Tamper;

/**
 * Every single-bit flip and every truncation of protected SRTP and SRTCP packets is rejected, for both profiles,
 * MKIs of 0, 4 and 8 octets, and RCCm3; a rejected packet changes no receiver state.
 */
class SrtpTamperTest {
  static Stream<Arguments> cases() {
    return Stream.of(SrtpProfile.values()).flatMap(p -> Stream.of(0, 4, 8).flatMap(m -> Stream.of(0, 1)
        .filter(r -> r == 0 || p.isAead()).map(r -> Arguments.of(p, m, r))));
  }

  @ParameterizedTest(name = "{0} MKI {1} RCCm3 {2}")
  @MethodSource("cases")
  void unprotect_everyBitFlip_isRejectedWithoutStateChange(SrtpProfile profile, int mkiOctets, int rcc)
      throws Exception {
    SrtpOptions options = SrtpOptions.defaults().withRccm3(rcc).withInitialRoc(7);
    Bytes mki = RtpPackets.mki(mkiOctets);
    try (SrtpMasterKey key = RtpPackets.key(profile, mki); SrtpSender sender = new SrtpSender(key, options);
        SrtpReceiver receiver = new SrtpReceiver(key, options)) {
      Bytes first = sender.protect(RtpPackets.rtp(100, RtpPackets.SSRC, 20, 1, true, 3));
      Bytes second = sender.protect(RtpPackets.rtp(101, RtpPackets.SSRC, 20, 0, false, 0));
      assertEquals(UnprotectStatus.OK, receiver.unprotect(first).status());
      long highest = receiver.highestIndex(RtpPackets.SSRC);
      byte[] packet = second.toByteArray();
      int mkiStart = mkiOffset(profile, packet.length - (rcc > 0 ? 4 : 0), mkiOctets);
      Tamper.everyBitFlip(packet).forEach(f -> {
        UnprotectStatus s = receiver.unprotect(Bytes.copyOf(f.data())).status();
        assertNotEquals(UnprotectStatus.OK, s, f.toString());
        boolean inMki = f.bit() / 8 >= mkiStart && f.bit() / 8 < mkiStart + mkiOctets;
        Set<UnprotectStatus> allowed = inMki ? EnumSet.of(UnprotectStatus.UNKNOWN_KEY)
            : EnumSet.of(UnprotectStatus.AUTH_FAILED, UnprotectStatus.MALFORMED, UnprotectStatus.TOO_OLD,
                UnprotectStatus.REPLAYED);   // a flipped SEQ may name a packet already received
        assertTrue(allowed.contains(s), f + " gave " + s);
        assertEquals(highest, receiver.highestIndex(RtpPackets.SSRC), f.toString());
      });
      assertEquals(UnprotectStatus.OK, receiver.unprotect(second).status());
    }
  }

  @ParameterizedTest(name = "{0} MKI {1} RCCm3 {2}")
  @MethodSource("cases")
  void unprotect_everyTruncation_isRejected(SrtpProfile profile, int mkiOctets, int rcc) throws Exception {
    SrtpOptions options = SrtpOptions.defaults().withRccm3(rcc);
    try (SrtpMasterKey key = RtpPackets.key(profile, RtpPackets.mki(mkiOctets));
        SrtpSender sender = new SrtpSender(key, options); SrtpReceiver receiver = new SrtpReceiver(key, options)) {
      Bytes packet = sender.protect(RtpPackets.rtp(4, RtpPackets.SSRC, 33, 2, true, 0));
      Tamper.everyTruncation(packet.toByteArray()).forEach(cut -> {
        UnprotectStatus s = receiver.unprotect(Bytes.copyOf(cut)).status();
        Set<UnprotectStatus> allowed = mkiOctets == 0
            ? EnumSet.of(UnprotectStatus.MALFORMED, UnprotectStatus.AUTH_FAILED)
            : EnumSet.of(UnprotectStatus.MALFORMED, UnprotectStatus.AUTH_FAILED, UnprotectStatus.UNKNOWN_KEY);
        assertTrue(allowed.contains(s), "length " + cut.length + " gave " + s);
      });
      assertEquals(-1, receiver.highestIndex(RtpPackets.SSRC));
      assertEquals(UnprotectStatus.OK, receiver.unprotect(packet).status());
    }
  }

  @ParameterizedTest(name = "{0} MKI {1} E {2}")
  @MethodSource("rtcpCases")
  void unprotectRtcp_everyBitFlipAndTruncation_isRejected(SrtpProfile profile, int mkiOctets, boolean encrypt)
      throws Exception {
    SrtpOptions options = SrtpOptions.defaults().withEncryptRtcp(encrypt);
    try (SrtpMasterKey key = RtpPackets.key(profile, RtpPackets.mki(mkiOctets));
        SrtcpSender sender = new SrtcpSender(key, options); SrtcpReceiver receiver = new SrtcpReceiver(key)) {
      Bytes packet = sender.protect(RtpPackets.rtcp(RtpPackets.SSRC, 6));
      byte[] raw = packet.toByteArray();
      int mkiStart = raw.length - mkiOctets - (profile.isAead() ? 0 : profile.tagOctets());
      Tamper.everyBitFlip(raw).forEach(f -> {
        UnprotectStatus s = receiver.unprotect(Bytes.copyOf(f.data())).status();
        boolean inMki = f.bit() / 8 >= mkiStart && f.bit() / 8 < mkiStart + mkiOctets;
        Set<UnprotectStatus> allowed = inMki ? EnumSet.of(UnprotectStatus.UNKNOWN_KEY)
            : EnumSet.of(UnprotectStatus.AUTH_FAILED, UnprotectStatus.MALFORMED);
        assertTrue(allowed.contains(s), f + " gave " + s);
      });
      Tamper.everyTruncation(raw).forEach(cut -> assertNotEquals(UnprotectStatus.OK,
          receiver.unprotect(Bytes.copyOf(cut)).status(), "length " + cut.length));
      assertEquals(-1, receiver.highestIndex(RtpPackets.SSRC));
      assertEquals(UnprotectStatus.OK, receiver.unprotect(packet).status());
    }
  }

  static Stream<Arguments> rtcpCases() {
    return Stream.of(SrtpProfile.values()).flatMap(p -> Stream.of(0, 4, 8).flatMap(m -> List.of(true, false)
        .stream().map(e -> Arguments.of(p, m, e))));
  }

  private static int mkiOffset(SrtpProfile profile, int len, int mkiOctets) {
    return profile.isAead() ? len - mkiOctets : len - profile.tagOctets() - mkiOctets;
  }
}
