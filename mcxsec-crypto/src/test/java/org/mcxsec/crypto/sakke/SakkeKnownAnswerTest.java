// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.sakke;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.VerificationFailedException;
import org.mcxsec.testkit.Vector;
import org.mcxsec.testkit.VectorFile;

/**
 * Known answers through the public API: RFC 6508 Appendix A (rfc6508-sakke.json) and the 20 random-identifier
 * SAKKE cases of differential-eccsi-sakke.json (Bouncy Castle with RFC encodings, confirmed by wolfSSL and
 * Python): Z from z, the RSK, R ‖ H byte for byte from the SSV, and decapsulation back to the SSV.
 */
class SakkeKnownAnswerTest {
  private static final VectorFile RFC = VectorFile.load(VectorFile.RFC6508_SAKKE);
  private static final VectorFile DIFFERENTIAL = VectorFile.load(VectorFile.DIFFERENTIAL_ECCSI_SAKKE);

  static Stream<Vector> validCases() {
    return Stream.concat(RFC.select(v -> v.has("z") && v.isValid()).stream(),
        DIFFERENTIAL.ofKind("sakke").stream());
  }

  static List<Vector> invalidCases() {
    return RFC.select(v -> v.has("result") && !v.isValid());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validCases")
  void kmsKey_fromZ_givesPublishedZAndRsk(Vector v) throws Exception {
    try (SakkeKmsKey kms = SakkeKmsKey.fromZ(secret(v.hex("z")));
        SakkeReceiverKey key = kms.issue(bytes(v, "id"))) {
      assertEquals(bytes(v, "z_pub"), kms.publicKey());
      assertArrayEquals(v.hex("rsk"), key.rsk().toByteArray(InsecureSecretAccess.get()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validCases")
  void encapsulate_publishedSsv_givesPublishedSedByteForByte(Vector v) throws Exception {
    SakkeEncapsulatedData sed = SakkeEncapsulator.forKms(bytes(v, "z_pub"))
        .encapsulate(bytes(v, "id"), secret(v.hex("ssv")));
    assertEquals(bytes(v, "r_bs"), sed.r());
    assertEquals(bytes(v, "h"), sed.h());
    assertEquals(bytes(v, "sed"), sed.encode());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validCases")
  void decapsulate_publishedSed_givesPublishedSsv(Vector v) throws Exception {
    try (SakkeReceiverKey key = SakkeReceiverKey.validate(bytes(v, "z_pub"), bytes(v, "id"), secret(v.hex("rsk")));
        SakkeDecapsulator decapsulator = new SakkeDecapsulator(key)) {
      SecretBytes ssv = decapsulator.decapsulate(SakkeEncapsulatedData.decode(bytes(v, "sed")));
      assertArrayEquals(v.hex("ssv"), ssv.toByteArray(InsecureSecretAccess.get()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidCases")
  void decapsulate_invalidVector_failsTheRCheck(Vector v) throws Exception {
    try (SakkeReceiverKey key = SakkeKmsKeyAccess.receiverKeyWithoutValidation(v);
        SakkeDecapsulator decapsulator = new SakkeDecapsulator(key)) {
      SakkeEncapsulatedData sed = SakkeEncapsulatedData.decode(bytes(v, "sed"));
      VerificationFailedException e =
          assertThrows(VerificationFailedException.class, () -> decapsulator.decapsulate(sed), v.text("modification"));
      assertEquals("SAKKE R check failed", e.getMessage());
    }
  }

  @Test
  void parameters_file_matchesBuiltInParameterSet1() {
    Vector v = RFC.named("rfc6509-parameter-set-1");
    assertEquals(v.text("p"), hex128(org.mcxsec.crypto.sakke.internal.ParameterSet1.P));
    assertEquals(v.text("q"), hex128(org.mcxsec.crypto.sakke.internal.ParameterSet1.Q));
    assertEquals(v.text("px"), hex128(org.mcxsec.crypto.sakke.internal.ParameterSet1.PX));
    assertEquals(v.text("py"), hex128(org.mcxsec.crypto.sakke.internal.ParameterSet1.PY));
    assertEquals(v.text("g"), hex128(org.mcxsec.crypto.sakke.internal.ParameterSet1.G));
    assertEquals(128, Integer.parseInt(v.text("n_bits")));
  }

  @Test
  void validate_appendixAKeyUnderOtherIdentifier_isRejected() {
    Vector v = RFC.named("rfc6508-appendix-a");
    byte[] other = v.hex("id");
    other[0] ^= 1;
    Exception e = assertThrows(org.mcxsec.crypto.KeyMaterialException.class,
        () -> SakkeReceiverKey.validate(bytes(v, "z_pub"), Bytes.copyOf(other), secret(v.hex("rsk"))));
    assertTrue(e.getMessage().contains("⟨[b]P + Z, RSK⟩ ≠ g"), e.getMessage());
    assertFalse(e.getMessage().contains(v.text("rsk").substring(2, 40)), "no key material in the message");
  }

  static Bytes bytes(Vector v, String field) {
    return Bytes.copyOf(v.hex(field));
  }

  static SecretBytes secret(byte[] raw) {
    return SecretBytes.copyOf(raw, InsecureSecretAccess.get());
  }

  private static String hex128(java.math.BigInteger x) {
    String s = x.toString(16);
    return "0".repeat(256 - s.length()) + s;
  }
}
