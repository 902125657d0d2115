// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** AES-GCM with the table-driven GHASH agrees with the JDK's {@code AES/GCM/NoPadding}. */
class AesGcmTest {
  private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

  @Property(tries = 150)
  void sealAndOpen_anyLengths_agreeWithJdk(@ForAll @Size(16) byte[] key, @ForAll @Size(12) byte[] iv,
      @ForAll @IntRange(max = 70) int aadLen, @ForAll @IntRange(max = 2300) int ptLen,
      @ForAll boolean withWord, @ForAll int word) throws Exception {
    byte[] b = new byte[aadLen + ptLen + 16];
    for (int i = 0; i < aadLen + ptLen; i++) {
      b[i] = (byte) (i * 31 + 7);
    }
    byte[] plain = b.clone();
    AesGcm gcm = new AesGcm(key);
    long ivHigh = (long) LONG.get(iv, 0);
    int ivLow = (int) INT.get(iv, 8);
    gcm.seal(ivHigh, ivLow, b, 0, aadLen, withWord, word, aadLen, ptLen, aadLen + ptLen);

    Cipher jdk = Cipher.getInstance("AES/GCM/NoPadding");
    jdk.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
    jdk.updateAAD(plain, 0, aadLen);
    if (withWord) {
      jdk.updateAAD(new byte[] {(byte) (word >>> 24), (byte) (word >>> 16), (byte) (word >>> 8), (byte) word});
    }
    byte[] expected = jdk.doFinal(plain, aadLen, ptLen);
    assertArrayEquals(expected, Arrays.copyOfRange(b, aadLen, b.length));

    assertTrue(gcm.open(ivHigh, ivLow, b, 0, aadLen, withWord, word, aadLen, ptLen, aadLen + ptLen));
    assertArrayEquals(Arrays.copyOf(plain, aadLen + ptLen), Arrays.copyOf(b, aadLen + ptLen));
  }

  @Property(tries = 60)
  void open_flippedBit_rejectsAndLeavesBufferUnchanged(@ForAll @Size(16) byte[] key,
      @ForAll @IntRange(min = 1, max = 40) int ptLen, @ForAll @IntRange(max = 999) int bitChoice) {
    int aadLen = 12;
    byte[] b = new byte[aadLen + ptLen + 16];
    AesGcm gcm = new AesGcm(key);
    gcm.seal(1, 2, b, 0, aadLen, false, 0, aadLen, ptLen, aadLen + ptLen);
    int bit = bitChoice % (b.length * 8);
    b[bit / 8] ^= (byte) (0x80 >>> (bit % 8));
    byte[] tampered = b.clone();
    assertFalse(gcm.open(1, 2, b, 0, aadLen, false, 0, aadLen, ptLen, aadLen + ptLen));
    assertArrayEquals(tampered, b);
  }
}
