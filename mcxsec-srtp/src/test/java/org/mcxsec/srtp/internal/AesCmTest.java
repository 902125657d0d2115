// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.mcxsec.testkit.Vector;
import org.mcxsec.testkit.VectorFile;

/** RFC 3711 §4.1.1 AES-CM: the Appendix B.2 key stream, and agreement with the JDK's AES/CTR. */
class AesCmTest {
  private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

  @Test
  void keystream_rfc3711AppendixB2_matchesEveryPublishedBlock() {
    Vector v = VectorFile.load(VectorFile.RFC3711_SRTP).named("rfc3711-b2-aes-cm-keystream");
    byte[] iv = v.hex("iv");
    byte[] expectedIv = Arrays.copyOf(v.hex("session_salt"), 16);   // SSRC, ROC and SEQ are all zero here
    assertArrayEquals(expectedIv, iv);
    int length = (int) v.number("keystream_length");
    byte[] ks = new byte[length];
    new AesCm(v.hex("session_key")).keystream((long) LONG.get(iv, 0), (long) LONG.get(iv, 8), ks, 0, length);
    for (Vector block : v.list("blocks")) {
      byte[] counter = block.hex("counter");
      int j = (counter[14] & 0xff) << 8 | (counter[15] & 0xff);
      assertArrayEquals(block.hex("keystream"), Arrays.copyOfRange(ks, 16 * j, 16 * j + 16), "block " + j);
    }
    assertEquals(length, 16 * 0xff02);
  }

  @Property(tries = 100)
  void crypt_anyLengthAndOffset_equalsJdkCounterMode(@ForAll @Size(16) byte[] key, @ForAll @Size(14) byte[] salt,
      @ForAll @IntRange(max = 4200) int length, @ForAll @IntRange(max = 7) int offset) throws Exception {
    byte[] iv = Arrays.copyOf(salt, 16);
    byte[] data = new byte[offset + length];
    Arrays.fill(data, (byte) 0x5a);
    byte[] ours = data.clone();
    new AesCm(key).crypt((long) LONG.get(iv, 0), (long) LONG.get(iv, 8), ours, offset, length);
    Cipher ctr = Cipher.getInstance("AES/CTR/NoPadding");
    ctr.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
    byte[] jdk = data.clone();
    ctr.doFinal(data, offset, length, jdk, offset);
    assertArrayEquals(jdk, ours);
  }
}
