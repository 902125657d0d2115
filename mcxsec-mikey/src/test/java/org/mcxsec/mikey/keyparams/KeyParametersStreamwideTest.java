// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.keyparams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.crypto.McxException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.mikey.MikeyCodec;
import org.mcxsec.mikey.MikeyMessage;
import org.mcxsec.mikey.payload.KeyParametersExtension;
import org.mcxsec.testkit.Tamper;
import org.mcxsec.testkit.Vector;
import org.mcxsec.testkit.VectorFile;

/** Known answers: the key parameters of the Streamwide PCK and CSK messages, decrypted with the published keys. */
class KeyParametersStreamwideTest {
  static List<Vector> valid() {
    return VectorFile.load(VectorFile.MIKEY_STREAMWIDE).select(Vector::isValid);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void form_realExtension_isProtectedWithPublishedHeader(Vector v) throws MalformedMessageException {
    Vector kp = v.object("expected").object("key_parameters");
    ProtectedPayload p = protectedPayload(v);
    assertEquals(kp.text("message_type"), String.format("%02x", p.messageType()));
    assertEquals(kp.text("date_time"), String.format("%010x", p.dateTime()));
    assertEquals(kp.text("payload_id"), String.format("%08x", p.payloadId()));
    assertEquals(kp.number("payload_sequence_number"), p.payloadSequenceNumber());
    assertEquals(kp.number("payload_algorithm"), p.payloadAlgorithm());
    assertEquals(kp.text("iv"), p.iv().toHex());
    assertEquals(kp.text("dppk_id"), String.format("%08x", p.dppkId()));
    assertEquals(kp.number("payload_type"), p.payloadType());
    assertEquals(extension(v).data(), p.encode());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void unprotect_publishedKey_givesPublishedParameters(Vector v) throws McxException {
    Vector kp = v.object("expected").object("key_parameters");
    KeyParameters params = KeyParametersCipher.unprotect(protectedPayload(v), key(v), csbId(v));
    assertEquals(Bytes.fromHex(kp.text("plaintext")), params.encode());
    assertEquals(kp.number("key_type"), params.keyType().purposeTag());
    assertEquals(kp.text("status"), String.format("%08x", params.status()));
    assertEquals(kp.text("activation_time"), String.format("%010x", params.activationTime()));
    assertEquals(kp.text("expiry_time"), String.format("%010x", params.expiryTime()));
    assertEquals(kp.text("text"), params.textString());
    assertTrue(params.groupIds().isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void unprotect_everyBitFlipOutsidePayloadType_isRejected(Vector v) {
    byte[] data = extension(v).data().toByteArray();
    // octet 32 (payload type) is outside the GCM additional data (8.5.4: AAD = octets 0..31); the MIKEY
    // signature covers it, see unprotect_flippedPayloadType_isNotAuthenticatedByGcm
    Tamper.everyBitFlip(data).filter(f -> f.bit() / 8 != 32).forEach(f -> assertThrows(McxException.class,
        () -> KeyParametersCipher.unprotect(ProtectedPayload.decode(Bytes.copyOf(f.data())), key(v), csbId(v)),
        f.toString()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void unprotect_flippedPayloadType_isNotAuthenticatedByGcm(Vector v) throws McxException {
    byte[] data = Tamper.flipBit(extension(v).data().toByteArray(), 32 * 8);
    ProtectedPayload p = ProtectedPayload.decode(Bytes.copyOf(data));
    assertEquals(0x80, p.payloadType());
    assertEquals(KeyParametersCipher.unprotect(protectedPayload(v), key(v), csbId(v)),
        KeyParametersCipher.unprotect(p, key(v), csbId(v)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void unprotect_csbIdDifferentFromDppkId_throwsNamingBoth(Vector v) {
    MalformedMessageException e = assertThrows(MalformedMessageException.class,
        () -> KeyParametersCipher.unprotect(protectedPayload(v), key(v), csbId(v) ^ 1));
    assertEquals(String.format("key parameters: DPPK-ID %08x does not equal the CSB ID %08x (TS 33.180 E.6.1)",
        csbId(v), csbId(v) ^ 1), e.getMessage());
  }

  private static ProtectedPayload protectedPayload(Vector v) {
    return assertInstanceOf(KeyParametersForm.Protected.class, KeyParametersForm.of(extension(v))).payload();
  }

  private static KeyParametersExtension extension(Vector v) {
    try {
      MikeyMessage m = new MikeyCodec().decode(Bytes.copyOf(v.hex("message_hex")));
      return m.payloadsOf(KeyParametersExtension.class).get(0);
    } catch (MalformedMessageException e) {
      throw new AssertionError(e);
    }
  }

  private static SecretBytes key(Vector v) {
    return SecretBytes.copyOf(Bytes.fromHex(v.object("expected").text("key")).toByteArray(),
        InsecureSecretAccess.get());
  }

  private static int csbId(Vector v) {
    return Integer.parseUnsignedInt(v.object("expected").text("csb_id"), 16);
  }
}
