// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.testkit.Vector;

/** The one-shot helper reproduces the first packet of every session vector, RTP and RTCP. */
class SrtpOneShotTest {
  static List<Vector> sessions() {
    return SrtpVectors.sessions();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sessions")
  void protectAndUnprotect_firstPackets_matchVectors(Vector v) throws Exception {
    SrtpProfile profile = SrtpProfile.fromName(v.text("profile"));
    Vector rtp = v.list("rtp").get(0);
    Bytes mki = SrtpVectors.bytes(v, "mki");
    assertEquals(SrtpVectors.bytes(rtp, "protected"), SrtpOneShot.protect(profile,
        SrtpVectors.secret(v.hex("master_key")), SrtpVectors.secret(v.hex("master_salt")), mki,
        rtp.number("roc"), SrtpVectors.bytes(rtp, "plain"), false));
    assertEquals(new UnprotectResult(UnprotectStatus.OK, SrtpVectors.bytes(rtp, "plain")),
        SrtpOneShot.unprotect(profile, SrtpVectors.secret(v.hex("master_key")),
            SrtpVectors.secret(v.hex("master_salt")), mki, rtp.number("roc"), SrtpVectors.bytes(rtp, "protected"),
            false));
    if (v.has("rtcp")) {
      Vector rtcp = v.list("rtcp").get(0);
      assertEquals(SrtpVectors.bytes(rtcp, "protected"), SrtpOneShot.protect(profile,
          SrtpVectors.secret(v.hex("master_key")), SrtpVectors.secret(v.hex("master_salt")), mki,
          rtcp.number("srtcp_index"), SrtpVectors.bytes(rtcp, "plain"), true));
      assertEquals(SrtpVectors.bytes(rtcp, "plain"), SrtpOneShot.unprotect(profile,
          SrtpVectors.secret(v.hex("master_key")), SrtpVectors.secret(v.hex("master_salt")), mki, 0,
          SrtpVectors.bytes(rtcp, "protected"), true).packet());
    }
  }

  @Test
  void protect_saltForOtherProfile_throwsNamingLengths() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SrtpOneShot.protect(
        SrtpProfile.AEAD_AES_128_GCM, SrtpVectors.secret(new byte[16]), SrtpVectors.secret(new byte[14]),
        Bytes.empty(), 0, RtpPackets.rtp(1, 1), false));
    assertEquals("master salt has 14 octets; AEAD_AES_128_GCM needs 12", e.getMessage());
  }

  @Test
  void fromName_unknown_throwsListingNames() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SrtpProfile.fromName("aes-256-gcm"));
    assertEquals("unknown SRTP profile 'aes-256-gcm'; expected one of aes-cm-128-hmac-sha1-80, aead-aes-128-gcm",
        e.getMessage());
    assertEquals(SrtpProfile.AEAD_AES_128_GCM, SrtpProfile.fromName("aead-aes-128-gcm"));
    assertEquals(SrtpProfile.AES_CM_128_HMAC_SHA1_80, SrtpProfile.fromName("AES_CM_128_HMAC_SHA1_80"));
  }

  @Test
  void unprotect_rocOutOfRange_throwsNamingRoc() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SrtpOneShot.unprotect(
        SrtpProfile.AEAD_AES_128_GCM, SrtpVectors.secret(new byte[16]), SrtpVectors.secret(new byte[12]),
        Bytes.empty(), 1L << 32, RtpPackets.rtp(1, 1), false));
    assertEquals("initial ROC 4294967296 is outside [0, 2^32-1]", e.getMessage());
  }

  @Test
  void toString_masterKey_redactsSecrets() {
    try (SrtpMasterKey key = RtpPackets.key(SrtpProfile.AEAD_AES_128_GCM, RtpPackets.mki(4))) {
      assertEquals("SrtpMasterKey[AEAD_AES_128_GCM, mki=c0c1c2c3, key=<redacted>, salt=<redacted>]",
          key.toString());
    }
  }
}
