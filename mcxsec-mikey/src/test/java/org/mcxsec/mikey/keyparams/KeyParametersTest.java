// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.keyparams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.crypto.McxException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.VerificationFailedException;
import org.mcxsec.mikey.KeyType;
import org.mcxsec.mikey.payload.KeyParametersExtension;
import org.mcxsec.testkit.FixedSecureRandom;

/** Round trips, group ID layouts, the legacy form and one exact message per parsing check. */
class KeyParametersTest {
  private static final SecretBytes GMK = SecretBytes.copyOf(
      Bytes.fromHex("fcfe65cd967c58d260b603ccb9a887a9").toByteArray(), InsecureSecretAccess.get());
  private static final int GUK_ID = 0x01c8de7b;

  @Test
  void protectThenUnprotect_groupKeyWithTwoGroups_returnsSameParameters() throws McxException {
    KeyParameters p = new KeyParameters(KeyType.GMK, 1, 1_760_000_000L, 0xFFFF_FFFFL, Bytes.copyOf("ops".getBytes()),
        Optional.of(List.of(McGroupId.of("sip:fire@example.org"), McGroupId.of("sip:police@example.org"))));
    KeyParametersCipher cipher = new KeyParametersCipher(new FixedSecureRandom(new byte[16]));
    ProtectedPayload protectedPayload = cipher.protect(p, GMK, GUK_ID, 1_760_000_000L);
    ProtectedPayload decoded = ProtectedPayload.decode(protectedPayload.encode());
    assertEquals(protectedPayload, decoded);
    assertEquals(p, KeyParametersCipher.unprotect(decoded, GMK, GUK_ID));
    assertEquals(ProtectedPayload.HEADER_OCTETS + p.encode().size() + 16, protectedPayload.encode().size());
  }

  @Test
  void decode_groupIdsWithCountZero_isPresentAndEmpty() throws MalformedMessageException {
    KeyParameters p = KeyParameters.decode(Bytes.fromHex("00" + "00000001" + "0000000000" + "0000000000" + "0000"
        + "0001" + "00"));
    assertEquals(Optional.of(List.of()), p.groupIds());
    assertEquals(Bytes.fromHex("000000000100000000000000000000000000010" + "0"), p.encode());
  }

  @Test
  void decode_oneGroupId_readsTlvE() throws MalformedMessageException {
    Bytes plain = Bytes.fromHex("00" + "00000000" + "0068d5c4c0" + "00ffffffff" + "0000" + "0009" + "01" + "7b"
        + "0005" + "6731406578");
    KeyParameters p = KeyParameters.decode(plain);
    assertEquals(List.of(new McGroupId(0x7b, Bytes.fromHex("6731406578"))), p.groupIds().orElseThrow());
    assertEquals("g1@ex", p.groupIds().orElseThrow().get(0).uri());
    assertEquals(0xFFFF_FFFFL, p.expiryTime());
    assertEquals(plain, p.encode());
  }

  @Test
  void decode_undefinedKeyType_throws() {
    assertDecodeMessage("key parameters: Key Type 9 at offset 0 is not defined; expected 0..6 (TS 33.180 E.6.11)",
        "09" + "00000001" + "0000000000" + "0000000000" + "0000");
  }

  @Test
  void decode_textLongerThanPlaintext_throws() {
    assertDecodeMessage("key parameters: Text length 5 exceeds the 2 octets remaining at offset 17",
        "00" + "00000001" + "0000000000" + "0000000000" + "0005" + "6162");
  }

  @Test
  void decode_groupCountAboveEntries_throws() {
    assertDecodeMessage("key parameters: group ID IEI needs 1 octet at offset 27, 0 remaining",
        "00" + "00000001" + "0000000000" + "0000000000" + "0000" + "0008" + "02" + "7b" + "0004" + "61626364");
  }

  @Test
  void decode_groupBlockLongerThanEntries_throws() {
    assertDecodeMessage("key parameters: 1 unexpected octets after 1 group IDs at offset 27",
        "00" + "00000001" + "0000000000" + "0000000000" + "0000" + "0009" + "01" + "7b" + "0004" + "61626364" + "ff");
  }

  @Test
  void decode_octetsAfterGroupBlock_throws() {
    assertDecodeMessage("key parameters: 1 unexpected octets after MC Group IDs at offset 20",
        "00" + "00000001" + "0000000000" + "0000000000" + "0000" + "0001" + "00" + "ff");
  }

  @Test
  void form_shortLegacyExtension_isReportedNotRejected() {
    Bytes legacy = Bytes.fromHex("0000000100000000000000000000");
    KeyParametersForm.Legacy form = assertInstanceOf(KeyParametersForm.Legacy.class,
        KeyParametersForm.of(new KeyParametersExtension(legacy)));
    assertEquals(legacy, form.data());
    assertEquals("protected payload of 14 octets is shorter than the 51 octets of a 35-octet header and a 16-octet "
        + "tag (TS 33.180 8.5.4); not a TS 33.180 E.6 protected payload (legacy unprotected form)", form.reason());
  }

  @Test
  void form_payloadLengthMismatch_isReportedWithOffset() throws McxException {
    KeyParameters p = new KeyParameters(KeyType.CSK, 1, 0, 0, Bytes.empty(), Optional.empty());
    Bytes ok = new KeyParametersCipher(new FixedSecureRandom(new byte[16])).protect(p, GMK, GUK_ID, 1).encode();
    Bytes longer = Bytes.concat(ok, Bytes.fromHex("00"));
    KeyParametersForm.Legacy form = assertInstanceOf(KeyParametersForm.Legacy.class,
        KeyParametersForm.of(new KeyParametersExtension(longer)));
    assertEquals("protected payload: payload length 33 at offset 33 does not match the 34 octets that follow; not a "
        + "TS 33.180 E.6 protected payload (legacy unprotected form)", form.reason());
  }

  @Test
  void unprotect_wrongKey_failsTagCheck() throws McxException {
    KeyParameters p = new KeyParameters(KeyType.GMK, 1, 0, 0, Bytes.empty(), Optional.of(List.of()));
    ProtectedPayload pp = new KeyParametersCipher(new FixedSecureRandom(new byte[16])).protect(p, GMK, GUK_ID, 1);
    SecretBytes other = SecretBytes.copyOf(new byte[16], InsecureSecretAccess.get());
    VerificationFailedException e = assertThrows(VerificationFailedException.class,
        () -> KeyParametersCipher.unprotect(pp, other, GUK_ID));
    assertEquals("key parameters: AES-128-GCM tag does not verify under the DPCK", e.getMessage());
  }

  @Test
  void unprotect_unsupportedAlgorithm_throws() throws McxException {
    KeyParameters p = new KeyParameters(KeyType.GMK, 1, 0, 0, Bytes.empty(), Optional.empty());
    ProtectedPayload pp = new KeyParametersCipher(new FixedSecureRandom(new byte[16])).protect(p, GMK, GUK_ID, 1);
    ProtectedPayload other = new ProtectedPayload(pp.messageType(), pp.dateTime(), 0, 0, 2, pp.iv(), pp.dppkId(), 0,
        pp.ciphertext());
    MalformedMessageException e = assertThrows(MalformedMessageException.class,
        () -> KeyParametersCipher.unprotect(other, GMK, GUK_ID));
    assertEquals("key parameters: payload algorithm 2 is not supported; expected 1 (AEAD_AES_128_GCM)",
        e.getMessage());
  }

  private static void assertDecodeMessage(String expected, String hex) {
    MalformedMessageException e = assertThrows(MalformedMessageException.class,
        () -> KeyParameters.decode(Bytes.fromHex(hex)));
    assertEquals(expected, e.getMessage());
  }
}
