// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/** HMAC-SHA1 on reused digests agrees with the JDK's {@code HmacSHA1} across calls. */
class HmacSha1Test {
  @Property(tries = 100)
  void finish_twoMessagesInARow_equalJdkMac(@ForAll @Size(20) byte[] key, @ForAll @Size(max = 300) byte[] first,
      @ForAll @Size(max = 300) byte[] second, @ForAll int word) throws Exception {
    HmacSha1 ours = new HmacSha1(key);
    Mac jdk = Mac.getInstance("HmacSHA1");
    jdk.init(new SecretKeySpec(key, "HmacSHA1"));
    for (byte[] m : new byte[][] {first, second}) {
      ours.update(m, 0, m.length);
      ours.updateInt(word);
      byte[] tag = new byte[20];
      ours.finish(tag, 0, 20);
      jdk.update(m);
      jdk.update(new byte[] {(byte) (word >>> 24), (byte) (word >>> 16), (byte) (word >>> 8), (byte) word});
      assertArrayEquals(jdk.doFinal(), tag);
    }
  }

  @Property(tries = 30)
  void finish_truncated_isPrefixOfFullMac(@ForAll @Size(20) byte[] key, @ForAll @Size(max = 100) byte[] m) {
    HmacSha1 mac = new HmacSha1(key);
    byte[] full = new byte[20];
    mac.update(m, 0, m.length);
    mac.finish(full, 0, 20);
    byte[] ten = new byte[10];
    mac.update(m, 0, m.length);
    mac.finish(ten, 0, 10);
    assertArrayEquals(Arrays.copyOf(full, 10), ten);
  }
}
