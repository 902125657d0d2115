// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.eccsi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.McxException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.testkit.FixedSecureRandom;
import org.mcxsec.testkit.Vector;
import org.mcxsec.testkit.VectorFile;

/** Loads the ECCSI vectors and runs the checks every valid vector gets. */
final class EccsiVectors {
  private EccsiVectors() {}

  static Stream<Vector> rfc6507(boolean valid) {
    return VectorFile.load(VectorFile.RFC6507_ECCSI).select(v -> v.isValid() == valid).stream();
  }

  static Stream<Vector> differential() {
    return VectorFile.load(VectorFile.DIFFERENTIAL_ECCSI_SAKKE).ofKind("eccsi").stream();
  }

  static Bytes bytes(Vector v, String field) {
    return Bytes.copyOf(v.hex(field));
  }

  static SecretBytes secret(Vector v, String field) {
    return SecretBytes.copyOf(v.hex(field), InsecureSecretAccess.get());
  }

  /**
   * KPAK from KSAK; PVT, HS, SSK from v; validation of the published key set; the signature byte for byte from
   * j, both through the test hook and through a signer fed j by its random source; verification.
   */
  static void checkValid(Vector v) throws McxException {
    assertTrue(v.isValid(), v.name());
    Bytes id = bytes(v, "id");
    Bytes message = bytes(v, "message");
    try (EccsiKmsKey kms = EccsiKmsKey.fromKsak(secret(v, "ksak"))) {
      assertEquals(bytes(v, "kpak"), kms.kpak(), "KPAK");
      try (EccsiSigningKey issued = kms.issueWithVForTesting(id, bytes(v, "v"));
          EccsiSigningKey received = EccsiSigningKey.validate(bytes(v, "kpak"), id, secret(v, "ssk"),
              bytes(v, "pvt"))) {
        assertEquals(bytes(v, "pvt"), issued.pvt(), "PVT");
        assertEquals(bytes(v, "hs"), issued.hs(), "HS");
        assertEquals(bytes(v, "ssk"), Bytes.copyOf(issued.ssk().toByteArray(InsecureSecretAccess.get())), "SSK");
        assertEquals(bytes(v, "hs"), received.hs(), "HS of the validated key");
        assertTrue(issued.equalsKey(received), "issued key equals the published key set");

        EccsiSignature signature = EccsiSigner.signWithJForTesting(received, message, bytes(v, "j"));
        assertEquals(bytes(v, "r"), signature.r(), "r");
        assertEquals(bytes(v, "s"), signature.s(), "s");
        assertEquals(bytes(v, "signature"), signature.encode(), "signature");
        EccsiSignature viaRandom = new EccsiSigner(received, new FixedSecureRandom(v.hex("j"))).sign(message);
        assertEquals(bytes(v, "signature"), viaRandom.encode(), "signature with j from the random source");
      }
    }
    EccsiSignature published = EccsiSignature.decode(bytes(v, "signature"));
    new EccsiVerifier(bytes(v, "kpak"), id).verify(message, published);
    new EccsiKpakVerifier(bytes(v, "kpak")).verify(id, message, published);
  }
}
