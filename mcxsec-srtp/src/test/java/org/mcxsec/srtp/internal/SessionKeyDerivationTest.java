// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.mcxsec.testkit.Vector;
import org.mcxsec.testkit.VectorFile;

/** RFC 3711 §4.3 AES-CM PRF against Appendix B.3 (rfc3711-srtp.json, kind kdf). */
class SessionKeyDerivationTest {
  private static final VectorFile FILE = VectorFile.load(VectorFile.RFC3711_SRTP);

  @Test
  void derive_rfc3711AppendixB3_matchesSrtpSessionKeys() {
    Vector v = FILE.named("rfc3711-b3-key-derivation");
    assertEquals(0, v.number("key_derivation_rate"));
    try (SessionKeyDerivation kdf = new SessionKeyDerivation(v.hex("master_key"), v.hex("master_salt"))) {
      assertArrayEquals(v.hex("cipher_key"), kdf.derive(SessionKeyDerivation.SRTP_ENCRYPTION, 16));
      assertArrayEquals(v.hex("cipher_salt"), kdf.derive(SessionKeyDerivation.SRTP_SALT, 14));
      byte[] auth = v.hex("auth_key");                // all 94 octets the RFC prints
      assertArrayEquals(auth, kdf.derive(SessionKeyDerivation.SRTP_AUTHENTICATION, auth.length));
    }
  }

  @Test
  void derive_rfc3711AppendixB3MasterKey_matchesSrtcpSessionKeys() {
    Vector v = FILE.named("rfc3711-b3-srtcp-session-keys");
    try (SessionKeyDerivation kdf = new SessionKeyDerivation(v.hex("master_key"), v.hex("master_salt"))) {
      assertArrayEquals(v.hex("srtcp_cipher_key"), kdf.derive(SessionKeyDerivation.SRTCP_ENCRYPTION, 16));
      assertArrayEquals(v.hex("srtcp_auth_key"), kdf.derive(SessionKeyDerivation.SRTCP_AUTHENTICATION, 20));
      assertArrayEquals(v.hex("srtcp_cipher_salt"), kdf.derive(SessionKeyDerivation.SRTCP_SALT, 14));
    }
  }

  @Test
  void new_saltOfThirteenOctets_throwsNamingLength() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new SessionKeyDerivation(new byte[16], new byte[13]));
    assertEquals("master salt has 13 octets; expected 14 or 12", e.getMessage());
  }

  @Test
  void derive_labelOutsideOctet_throwsNamingLabel() {
    try (SessionKeyDerivation kdf = new SessionKeyDerivation(new byte[16], new byte[14])) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> kdf.derive(256, 16));
      assertEquals("key derivation label 256 is not one octet", e.getMessage());
    }
  }
}
