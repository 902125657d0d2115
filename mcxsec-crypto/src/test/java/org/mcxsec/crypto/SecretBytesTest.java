// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecretBytesTest {
  private static final InsecureSecretAccess ACCESS = InsecureSecretAccess.get();

  @Test
  void toStringNeverShowsTheContent() {
    SecretBytes s = SecretBytes.copyOf(new byte[] {(byte) 0xAB, (byte) 0xCD}, ACCESS);
    assertFalse(s.toString().toLowerCase().contains("abcd"));
    assertTrue(s.toString().contains("redacted"));
  }

  @Test
  void comparesByContent() {
    SecretBytes a = SecretBytes.copyOf(new byte[] {1, 2}, ACCESS);
    assertTrue(a.equalsConstantTime(SecretBytes.copyOf(new byte[] {1, 2}, ACCESS)));
    assertFalse(a.equalsConstantTime(SecretBytes.copyOf(new byte[] {1, 3}, ACCESS)));
  }

  @Test
  void destroyZeroisesTheWrappedArrayAndBlocksReads() {
    byte[] raw = {7, 7, 7};
    SecretBytes s = SecretBytes.wrap(raw, ACCESS);
    assertArrayEquals(new byte[] {7, 7, 7}, s.toByteArray(ACCESS));
    s.close();
    assertArrayEquals(new byte[3], raw);
    assertTrue(s.isDestroyed());
    assertThrows(IllegalStateException.class, () -> s.toByteArray(ACCESS));
    assertEquals(3, s.size());
  }
}
