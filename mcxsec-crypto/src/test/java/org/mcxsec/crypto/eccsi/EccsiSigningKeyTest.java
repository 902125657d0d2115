// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.eccsi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.testkit.Vector;

class EccsiSigningKeyTest {
  private static final String RFC_CHECK =
      "ECCSI key set rejected: [SSK]G does not equal KPAK + [HS]PVT (RFC 6507 §5.1.2)";
  private final Vector v = EccsiVectors.rfc6507(true).findFirst().orElseThrow();
  private final Bytes kpak = EccsiVectors.bytes(v, "kpak");
  private final Bytes id = EccsiVectors.bytes(v, "id");
  private final Bytes pvt = EccsiVectors.bytes(v, "pvt");

  private String rejection(Bytes k, Bytes i, SecretBytes ssk, Bytes p) {
    return assertThrows(KeyMaterialException.class, () -> EccsiSigningKey.validate(k, i, ssk, p)).getMessage();
  }

  private static SecretBytes secret(String hex) {
    return SecretBytes.copyOf(Bytes.fromHex(hex).toByteArray(), InsecureSecretAccess.get());
  }

  @Test
  void validate_wrongIdentifierOrKpak_failsTheRfcCheck() {
    SecretBytes ssk = EccsiVectors.secret(v, "ssk");
    assertEquals(RFC_CHECK, rejection(kpak, Bytes.fromHex("00"), ssk, pvt));
    // another valid point as KPAK: the PVT of the same vector
    assertEquals(RFC_CHECK, rejection(pvt, id, ssk, pvt));
  }

  @Test
  void validate_badKpakOrSsk_namesTheValue() {
    SecretBytes ssk = EccsiVectors.secret(v, "ssk");
    assertEquals("KPAK is 64 octets, expected 65 (0x04 || x || y)", rejection(kpak.slice(1, 65), id, ssk, pvt));
    assertEquals("KPAK starts with 0x03, expected 0x04 (uncompressed point)",
        rejection(Bytes.concat(Bytes.fromHex("03"), kpak.slice(1, 65)), id, ssk, pvt));
    assertEquals("SSK is 31 octets, expected 32", rejection(kpak, id, secret("11".repeat(31)), pvt));
    assertEquals("SSK is not in [1, q-1]", rejection(kpak, id, secret("00".repeat(32)), pvt));
    assertEquals("SSK is not in [1, q-1]", rejection(kpak, id,
        secret("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551"), pvt));
  }

  @Test
  void equalsKeyToStringAndClose_behaveAsSecrets() throws KeyMaterialException {
    EccsiSigningKey a = EccsiSigningKey.validate(kpak, id, EccsiVectors.secret(v, "ssk"), pvt);
    EccsiSigningKey b = EccsiSigningKey.validate(kpak, id, EccsiVectors.secret(v, "ssk"), pvt);
    assertTrue(a.equalsKey(b));
    assertFalse(a.toString().contains(v.text("ssk")));
    assertTrue(a.toString().contains("ssk=<redacted>"));
    assertFalse(a.isClosed());
    a.close();
    assertTrue(a.isClosed());
    assertThrows(IllegalStateException.class, () -> a.equalsKey(b));
  }
}
