// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.eccsi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mcxsec.crypto.McxException;
import org.mcxsec.crypto.VerificationFailedException;
import org.mcxsec.testkit.Vector;

/** RFC 6507 Appendix A (rfc6507-eccsi.json): the worked example and its three one-bit modifications. */
class EccsiRfc6507VectorTest {
  static Stream<Vector> valid() {
    return EccsiVectors.rfc6507(true);
  }

  static Stream<Vector> invalid() {
    return EccsiVectors.rfc6507(false);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void appendixA_keysSignatureAndVerification_match(Vector v) throws McxException {
    EccsiVectors.checkValid(v);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void verify_modifiedSignature_isRejectedNamingTheCheck(Vector v) throws McxException {
    EccsiVerifier verifier = new EccsiVerifier(EccsiVectors.bytes(v, "kpak"), EccsiVectors.bytes(v, "id"));
    EccsiSignature signature = EccsiSignature.decode(EccsiVectors.bytes(v, "signature"));
    VerificationFailedException e = assertThrows(VerificationFailedException.class,
        () -> verifier.verify(EccsiVectors.bytes(v, "message"), signature));
    String expected = v.name().endsWith("pvt")
        ? "ECCSI signature rejected: PVT is not a point on the curve P-256"
        : "ECCSI signature rejected: J_x does not equal r";
    assertEquals(expected, e.getMessage());
  }
}
