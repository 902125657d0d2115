// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.eccsi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.McxException;
import org.mcxsec.testkit.FixedSecureRandom;
import org.mcxsec.testkit.Vector;

class EccsiSignerTest {
  private final Vector v = EccsiVectors.rfc6507(true).findFirst().orElseThrow();

  private EccsiSigningKey key() throws KeyMaterialException {
    return EccsiSigningKey.validate(EccsiVectors.bytes(v, "kpak"), EccsiVectors.bytes(v, "id"),
        EccsiVectors.secret(v, "ssk"), EccsiVectors.bytes(v, "pvt"));
  }

  @Test
  void sign_calledTwice_drawsFreshJ() throws McxException {
    EccsiSigner signer = new EccsiSigner(key(), new SecureRandom());
    Bytes message = EccsiVectors.bytes(v, "message");
    EccsiSignature a = signer.sign(message);
    EccsiSignature b = signer.sign(message);
    assertNotEquals(a.r(), b.r());
    assertNotEquals(a.s(), b.s());
    EccsiVerifier verifier = new EccsiVerifier(EccsiVectors.bytes(v, "kpak"), EccsiVectors.bytes(v, "id"));
    verifier.verify(message, a);
    verifier.verify(message, b);
  }

  @Test
  void sign_randomOutOfRange_drawsAgain() throws McxException {
    byte[] q = new BigInteger("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551", 16)
        .toByteArray();
    byte[] ones = new byte[32];
    java.util.Arrays.fill(ones, (byte) 0xff);
    FixedSecureRandom random = new FixedSecureRandom(new byte[32], java.util.Arrays.copyOfRange(q, 1, 33), ones,
        v.hex("j"));
    EccsiSignature s = new EccsiSigner(key(), random).sign(EccsiVectors.bytes(v, "message"));
    assertEquals(EccsiVectors.bytes(v, "signature"), s.encode());
    assertEquals(0, random.remaining());
  }

  @Test
  void sign_closedKey_throwsKeyMaterial() throws KeyMaterialException {
    EccsiSigningKey key = key();
    EccsiSigner signer = new EccsiSigner(key, new SecureRandom());
    key.close();
    assertEquals("ECCSI signing key has been closed",
        assertThrows(KeyMaterialException.class, () -> signer.sign(Bytes.empty())).getMessage());
  }

  @Test
  void signWithJForTesting_jOutOfRange_throwsIllegalArgument() throws KeyMaterialException {
    EccsiSigningKey key = key();
    assertEquals("j must be 32 octets in [1, q-1]", assertThrows(IllegalArgumentException.class,
        () -> EccsiSigner.signWithJForTesting(key, Bytes.empty(), Bytes.copyOf(new byte[32]))).getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> EccsiSigner.signWithJForTesting(key, Bytes.empty(), Bytes.fromHex("01")));
  }

  @Test
  void toString_namesTheSignerOnly() throws KeyMaterialException {
    String s = new EccsiSigner(key(), new SecureRandom()).toString();
    assertEquals("EccsiSigner[id=" + EccsiVectors.bytes(v, "id") + "]", s);
    assertFalse(s.contains(v.text("ssk")));
  }
}
