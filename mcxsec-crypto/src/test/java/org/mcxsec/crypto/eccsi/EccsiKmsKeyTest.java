// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.eccsi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.McxException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.testkit.Vector;

class EccsiKmsKeyTest {
  private final Vector v = EccsiVectors.rfc6507(true).findFirst().orElseThrow();

  private static SecretBytes secret(byte[] b) {
    return SecretBytes.copyOf(b, InsecureSecretAccess.get());
  }

  @Test
  void generateIssueSignVerify_roundTrips() throws McxException {
    SecureRandom random = new SecureRandom();
    Bytes id = Bytes.fromHex("80" + "11".repeat(31));
    try (EccsiKmsKey kms = EccsiKmsKey.generate(random); EccsiSigningKey key = kms.issue(id, random)) {
      assertEquals(65, kms.kpak().size());
      assertEquals(kms.kpak(), key.kpak());
      assertEquals(id, key.id());
      Bytes message = Bytes.fromHex("0102");
      new EccsiVerifier(kms.kpak(), id).verify(message, new EccsiSigner(key, random).sign(message));
      try (EccsiSigningKey other = kms.issue(id, random)) {
        assertNotEquals(key.pvt(), other.pvt(), "fresh v per issue");
        assertFalse(key.equalsKey(other));
      }
    }
  }

  @Test
  void fromKsak_outOfRangeOrWrongLength_throwsKeyMaterial() {
    byte[] q = new BigInteger("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551", 16).toByteArray();
    assertEquals("KSAK is not in [1, q-1]", assertThrows(KeyMaterialException.class,
        () -> EccsiKmsKey.fromKsak(secret(new byte[32]))).getMessage());
    assertEquals("KSAK is not in [1, q-1]", assertThrows(KeyMaterialException.class,
        () -> EccsiKmsKey.fromKsak(secret(java.util.Arrays.copyOfRange(q, 1, 33)))).getMessage());
    assertEquals("KSAK is 31 octets, expected 32", assertThrows(KeyMaterialException.class,
        () -> EccsiKmsKey.fromKsak(secret(new byte[31]))).getMessage());
  }

  @Test
  void fromKsak_copiesTheSecret() throws KeyMaterialException {
    SecretBytes ksak = EccsiVectors.secret(v, "ksak");
    try (EccsiKmsKey kms = EccsiKmsKey.fromKsak(ksak); EccsiKmsKey again = EccsiKmsKey.fromKsak(ksak)) {
      ksak.destroy();
      assertTrue(kms.equalsKey(again));
      assertEquals(EccsiVectors.bytes(v, "kpak"), kms.kpak());
    }
  }

  @Test
  void issueWithVForTesting_vOutOfRange_throwsIllegalArgument() throws KeyMaterialException {
    try (EccsiKmsKey kms = EccsiKmsKey.fromKsak(EccsiVectors.secret(v, "ksak"))) {
      assertEquals("v must be 32 octets in [1, q-1]", assertThrows(IllegalArgumentException.class,
          () -> kms.issueWithVForTesting(Bytes.empty(), Bytes.copyOf(new byte[32]))).getMessage());
    }
  }

  @Test
  void toStringAndClose_neverShowAndThenWipeKsak() throws KeyMaterialException {
    EccsiKmsKey kms = EccsiKmsKey.fromKsak(EccsiVectors.secret(v, "ksak"));
    assertFalse(kms.toString().contains(v.text("ksak")));
    assertTrue(kms.toString().contains("ksak=<redacted>"));
    kms.close();
    assertTrue(kms.ksak().isDestroyed());
    assertThrows(IllegalStateException.class, () -> kms.issue(Bytes.empty(), new SecureRandom()));
  }
}
