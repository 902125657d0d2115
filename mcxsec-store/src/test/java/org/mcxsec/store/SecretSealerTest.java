// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.SecretBytes;

class SecretSealerTest {
  private final SecureRandom random = new SecureRandom();
  private final SecretSealer sealer = new SecretSealer(KeyEncryptionKey.generate(random), random);
  private final RowIdentity row = new RowIdentity("kms_community", "ksak", "kms.example.org");
  private final SecretBytes secret = SecretBytes.copyOf(Bytes.fromHex("00112233445566778899aabbccddeeff")
      .toByteArray(), InsecureSecretAccess.get());

  @Test
  void open_sealedValue_returnsTheSecret() throws Exception {
    Bytes sealed = sealer.seal(secret, row);
    assertEquals(1 + 12 + 16 + 16, sealed.size());
    assertTrue(sealer.open(sealed, row).equalsConstantTime(secret));
  }

  @Test
  void seal_twice_drawsFreshNonces() {
    assertNotEquals(sealer.seal(secret, row), sealer.seal(secret, row));
  }

  @Test
  void seal_output_doesNotContainThePlaintext() {
    assertFalse(sealer.seal(secret, row).toHex().contains("00112233445566778899aabbccddeeff"));
  }

  @Test
  void open_otherRow_throwsWithRowName() {
    Bytes sealed = sealer.seal(secret, row);
    RowIdentity other = new RowIdentity("kms_community", "ksak", "other.example.org");
    KeyMaterialException e = assertThrows(KeyMaterialException.class, () -> sealer.open(sealed, other));
    assertEquals("sealed kms_community.ksak[other.example.org] does not open under the configured key-encryption"
        + " key (another key, another row, or a modified value)", e.getMessage());
  }

  @Test
  void open_otherColumnSameKey_throws() {
    Bytes sealed = sealer.seal(secret, row);
    assertThrows(KeyMaterialException.class,
        () -> sealer.open(sealed, new RowIdentity("kms_community", "z", "kms.example.org")));
  }

  @Test
  void open_otherKek_throws() {
    Bytes sealed = sealer.seal(secret, row);
    SecretSealer other = new SecretSealer(KeyEncryptionKey.generate(random), random);
    assertThrows(KeyMaterialException.class, () -> other.open(sealed, row));
  }

  @Test
  void open_everyBitFlip_throws() {
    byte[] sealed = sealer.seal(secret, row).toByteArray();
    for (int bit = 0; bit < 8 * sealed.length; bit++) {
      byte[] t = sealed.clone();
      t[bit / 8] ^= (byte) (1 << (bit % 8));
      assertThrows(KeyMaterialException.class, () -> sealer.open(Bytes.copyOf(t), row), "bit " + bit);
    }
  }

  @Test
  void open_everyTruncation_throws() {
    Bytes sealed = sealer.seal(secret, row);
    for (int len = 0; len < sealed.size(); len++) {
      Bytes cut = sealed.slice(0, len);
      assertThrows(KeyMaterialException.class, () -> sealer.open(cut, row), "length " + len);
    }
  }

  @Test
  void open_tooShort_namesLengths() {
    KeyMaterialException e = assertThrows(KeyMaterialException.class,
        () -> sealer.open(Bytes.fromHex("01"), row));
    assertEquals("sealed kms_community.ksak[kms.example.org] has 1 octets, expected at least 29", e.getMessage());
  }

  @Test
  void open_unknownFormat_namesFormat() {
    byte[] sealed = sealer.seal(secret, row).toByteArray();
    sealed[0] = 2;
    KeyMaterialException e = assertThrows(KeyMaterialException.class,
        () -> sealer.open(Bytes.copyOf(sealed), row));
    assertEquals("sealed kms_community.ksak[kms.example.org] has format 2, expected 1", e.getMessage());
  }

  @Test
  void associatedData_partsCannotBeShifted() {
    assertNotEquals(new RowIdentity("a", "b|1:c", "d").associatedData(),
        new RowIdentity("a", "b", "c|1:d").associatedData());
  }
}
