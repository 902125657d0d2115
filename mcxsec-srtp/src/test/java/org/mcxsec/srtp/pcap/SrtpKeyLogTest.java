// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.srtp.GroupMasterKey;
import org.mcxsec.srtp.SrtpMasterKey;
import org.mcxsec.srtp.SrtpProfile;

/** The key-log format: both line kinds round-trip, and each mistake names its line and field. */
class SrtpKeyLogTest {
  @Test
  void parse_formattedLines_roundTrip() throws Exception {
    SecretBytes k = SecretBytes.copyOf(new byte[16], InsecureSecretAccess.get());
    SecretBytes s = SecretBytes.copyOf(new byte[12], InsecureSecretAccess.get());
    try (SrtpMasterKey key = SrtpMasterKey.of(SrtpProfile.AEAD_AES_128_GCM, k, s, Bytes.fromHex("01020304"));
        GroupMasterKey gmk = GroupMasterKey.of(k, 0x09bf9d37, Bytes.fromHex("4339f62f55aac86348846a482c893802"))) {
      String text = "# capture keys\n" + SrtpKeyLog.insecureFormat(key) + " roc=3\n\n"
          + SrtpKeyLog.insecureFormat(gmk, SrtpProfile.AEAD_AES_128_GCM, 4) + " rccm3=1\n";
      try (SrtpKeyLog log = SrtpKeyLog.parse(text)) {
        assertEquals(1, log.masterKeys().size());
        assertEquals(Bytes.fromHex("01020304"), log.masterKeys().get(0).key().mki());
        assertEquals(3, log.masterKeys().get(0).options().initialRoc());
        assertEquals(0x09bf9d37, log.gmks().get(0).gmk().gmkId());
        assertEquals(1, log.gmks().get(0).options().rccm3Rate());
        assertEquals(4, log.gmks().get(0).csId());
      }
    }
  }

  @Test
  void parse_unknownField_namesLineAndField() {
    MalformedMessageException e = assertThrows(MalformedMessageException.class, () -> SrtpKeyLog.parse(
        "\nprofile=aead-aes-128-gcm master-key=00 master-salt=00 ssrc=1"));
    assertEquals("key log line 2: unknown field 'ssrc'; expected master-key, master-salt, mki, profile, rccm3, roc",
        e.getMessage());
  }

  @Test
  void parse_shortSalt_namesLineAndLength() {
    MalformedMessageException e = assertThrows(MalformedMessageException.class, () -> SrtpKeyLog.parse(
        "profile=aes-cm-128-hmac-sha1-80 master-key=000102030405060708090a0b0c0d0e0f master-salt=0001"));
    assertEquals("key log line 1: master salt has 2 octets; AES_CM_128_HMAC_SHA1_80 needs 14", e.getMessage());
  }

  @Test
  void parse_badHexAndMissingField_nameThem() {
    MalformedMessageException e = assertThrows(MalformedMessageException.class, () -> SrtpKeyLog.parse(
        "profile=aead-aes-128-gcm gmk-id=0000000g gmk=00 rand=00"));
    assertEquals("key log line 1: field gmk-id: hex string has a non-hex character 'g' at index 7", e.getMessage());
    e = assertThrows(MalformedMessageException.class, () -> SrtpKeyLog.parse("gmk=00 gmk-id=00000001 rand=00"));
    assertEquals("key log line 1: field profile is missing", e.getMessage());
    e = assertThrows(MalformedMessageException.class, () -> SrtpKeyLog.parse("profile=x gmk"));
    assertEquals("key log line 1: 'gmk' is not name=value", e.getMessage());
  }
}
