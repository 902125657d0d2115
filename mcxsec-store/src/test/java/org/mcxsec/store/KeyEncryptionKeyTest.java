// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.SecretBytes;

class KeyEncryptionKeyTest {
  private final SecureRandom random = new SecureRandom();
  @TempDir Path dir;

  @Test
  void loadOrGenerate_noFile_createsOwnerOnlyFileThatReloads() throws Exception {
    Path file = dir.resolve("sub").resolve("kek");
    KeyEncryptionKey first = KeyEncryptionKey.loadOrGenerate(file, random);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    KeyEncryptionKey again = KeyEncryptionKey.loadOrGenerate(file, random);
    RowIdentity row = new RowIdentity("t", "c", "k");
    SecretBytes secret = SecretBytes.random(16, random);
    assertTrue(new SecretSealer(again, random).open(new SecretSealer(first, random).seal(secret, row), row)
        .equalsConstantTime(secret));
  }

  @Test
  void fromHex_wrongLength_namesLength() {
    KeyMaterialException e = assertThrows(KeyMaterialException.class, () -> KeyEncryptionKey.fromHex("00ff"));
    assertEquals("key-encryption key has 4 hex characters, expected 64", e.getMessage());
  }

  @Test
  void fromHex_nonHex_namesIndexNotValue() {
    String bad = "0".repeat(10) + "g" + "0".repeat(53);
    KeyMaterialException e = assertThrows(KeyMaterialException.class, () -> KeyEncryptionKey.fromHex(bad));
    assertEquals("key-encryption key has a non-hex character at index 10", e.getMessage());
  }

  @Test
  void toString_isRedacted() throws Exception {
    KeyEncryptionKey kek = KeyEncryptionKey.fromHex("ab".repeat(32));
    assertFalse(kek.toString().contains("abab"));
  }

  @Test
  void deriveSubkey_isDeterministicPerLabel() throws Exception {
    KeyEncryptionKey kek = KeyEncryptionKey.fromHex("ab".repeat(32));
    assertTrue(kek.deriveSubkey("jwt").equalsConstantTime(kek.deriveSubkey("jwt")));
    assertFalse(kek.deriveSubkey("jwt").equalsConstantTime(kek.deriveSubkey("other")));
  }
}
