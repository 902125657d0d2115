// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.mcxsec.testkit.Vector;
import org.mcxsec.testkit.VectorFile;

/** RFC 7714 §16.1 and §17.1–17.4 known answers at session-key level (rfc7714-srtp-gcm.json, kind session-keys). */
class AesGcmCryptoTest {
  private static final VectorFile FILE = VectorFile.load(VectorFile.RFC7714_SRTP_GCM);

  @Test
  void protectRtp_rfc7714Section16_1_matchesAndUnprotects() {
    Vector v = FILE.named("rfc7714-16.1-srtp-aead-aes-128-gcm");
    AesGcmCrypto c = new AesGcmCrypto(v.hex("session_key"), v.hex("session_salt"), new byte[0]);
    byte[] plain = v.hex("plain");
    byte[] expected = v.hex("protected");
    int hl = v.hex("aad").length;
    long index = v.number("roc") << 16 | v.number("seq");
    byte[] b = Arrays.copyOf(plain, expected.length);
    assertEquals(expected.length, c.protectRtp(b, 0, hl, plain.length, ssrc(v), index));
    assertArrayEquals(expected, b);
    assertEquals(plain.length, c.unprotectRtp(b, 0, hl, b.length, ssrc(v), index));
    assertArrayEquals(plain, Arrays.copyOf(b, plain.length));
  }

  @Test
  void protectRtcp_rfc7714Section17_1Encrypted_matchesAndUnprotects() {
    checkRtcp(FILE.named("rfc7714-17.1-srtcp-aead-aes-128-gcm-encrypted"));
  }

  @Test
  void protectRtcp_rfc7714Section17_3TagOnly_matchesAndUnprotects() {
    checkRtcp(FILE.named("rfc7714-17.3-srtcp-aead-aes-128-gcm-tag-only"));
  }

  private static void checkRtcp(Vector v) {
    AesGcmCrypto c = new AesGcmCrypto(v.hex("session_key"), v.hex("session_salt"), new byte[0]);
    byte[] plain = v.hex("plain");
    byte[] expected = v.hex("protected");
    int eIndex = (v.bool("encrypted") ? 0x8000_0000 : 0) | (int) v.number("srtcp_index");
    byte[] b = Arrays.copyOf(plain, expected.length);
    assertEquals(expected.length, c.protectRtcp(b, 0, plain.length, ssrc(v), eIndex));
    assertArrayEquals(expected, b);
    assertEquals(plain.length, c.unprotectRtcp(b, 0, b.length, ssrc(v), eIndex));
    assertArrayEquals(plain, Arrays.copyOf(b, plain.length));
  }

  private static int ssrc(Vector v) {
    return (int) Long.parseLong(v.text("ssrc"), 16);
  }
}
