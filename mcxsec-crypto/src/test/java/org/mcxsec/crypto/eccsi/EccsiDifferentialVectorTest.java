// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.eccsi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mcxsec.crypto.McxException;
import org.mcxsec.crypto.VerificationFailedException;
import org.mcxsec.testkit.Vector;

/**
 * The 20 ECCSI cases of differential-eccsi-sakke.json (Bouncy Castle output confirmed by wolfSSL and Python;
 * implementation output, not RFC data): 32-octet identifiers, most with a first octet ≥ 0x80.
 */
class EccsiDifferentialVectorTest {
  static Stream<Vector> vectors() {
    return EccsiVectors.differential();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void keysSignatureAndVerification_match(Vector v) throws McxException {
    EccsiVectors.checkValid(v);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void verify_underOtherId_isRejected(Vector v) throws McxException {
    assertEquals("invalid", v.text("other_id_result"));
    assertNotEquals(EccsiVectors.bytes(v, "id"), EccsiVectors.bytes(v, "other_id"));
    EccsiVerifier verifier = new EccsiVerifier(EccsiVectors.bytes(v, "kpak"), EccsiVectors.bytes(v, "other_id"));
    EccsiSignature signature = EccsiSignature.decode(EccsiVectors.bytes(v, "signature"));
    VerificationFailedException e = assertThrows(VerificationFailedException.class,
        () -> verifier.verify(EccsiVectors.bytes(v, "message"), signature));
    assertEquals("ECCSI signature rejected: J_x does not equal r", e.getMessage());
  }
}
