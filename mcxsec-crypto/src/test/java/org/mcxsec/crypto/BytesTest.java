// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BytesTest {
  @Test
  void contentEqualityAndHex() {
    Bytes a = Bytes.fromHex("00FF10");
    assertEquals(Bytes.copyOf(new byte[] {0, -1, 16}), a);
    assertEquals(a.hashCode(), Bytes.fromHex("00ff10").hashCode());
    assertEquals("00ff10", a.toString());
    assertEquals(255, a.get(1));
    assertNotEquals(Bytes.fromHex("00ff11"), a);
  }

  @Test
  void isImmutable() {
    byte[] raw = {1, 2, 3};
    Bytes b = Bytes.copyOf(raw);
    raw[0] = 9;
    b.toByteArray()[1] = 9;
    assertEquals("010203", b.toHex());
  }

  @Test
  void badHexNamesTheProblem() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Bytes.fromHex("abc"))
        .getMessage().contains("odd length 3"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Bytes.fromHex("0x12"))
        .getMessage().contains("'x' at index 1"));
  }

  @Test
  void concatAndSlice() {
    Bytes c = Bytes.concat(Bytes.fromHex("01"), Bytes.empty(), Bytes.fromHex("0203"));
    assertEquals("010203", c.toHex());
    assertEquals("0203", c.slice(1, 3).toHex());
    assertTrue(Bytes.fromHex("01").compareTo(Bytes.fromHex("ff")) < 0, "unsigned order");
  }
}
