// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.gms;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.SecretBytes;

/**
 * A stand-in for I_MESSAGE creation: {@code "GKTP" ‖ GMK-ID ‖ RAND ‖ HMAC(GMK, "key check") ‖ member URI}. Two
 * deliveries carry the same key exactly when their key checks are equal. {@link #crashAfter} makes every creation
 * after the first {@code n} fail, as if the process had died mid fan-out.
 */
public final class FakeGmkMessages implements GmkMessageFactory {
  private final AtomicInteger created = new AtomicInteger();
  private final int crashAfter;
  private final long delayMillis;

  private FakeGmkMessages(int crashAfter, long delayMillis) {
    this.crashAfter = crashAfter;
    this.delayMillis = delayMillis;
  }

  public static FakeGmkMessages working() {
    return new FakeGmkMessages(Integer.MAX_VALUE, 0);
  }

  public static FakeGmkMessages crashAfter(int n) {
    return new FakeGmkMessages(n, 0);
  }

  /** Takes {@code millis} per message, like real pairing arithmetic, so a fan-out can be killed midway. */
  public static FakeGmkMessages slow(long millis) {
    return new FakeGmkMessages(Integer.MAX_VALUE, millis);
  }

  @Override
  public Bytes create(SecretBytes key, Gmk gmk, String memberUri, List<String> groupIds) {
    if (created.incrementAndGet() > crashAfter) {
      throw new IllegalStateException("simulated crash");
    }
    if (delayMillis > 0) {
      try {
        Thread.sleep(delayMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    return Bytes.concat(Bytes.copyOf("GKTP".getBytes(StandardCharsets.US_ASCII)),
        Bytes.fromHex(String.format("%08x", gmk.gmkId())), gmk.rand(), keyCheck(key),
        Bytes.copyOf(memberUri.getBytes(StandardCharsets.UTF_8)));
  }

  /** The key check of a fake message. */
  public static Bytes keyCheckOf(Bytes message) {
    return message.slice(24, 56);
  }

  /** The RAND of a fake message. */
  public static Bytes randOf(Bytes message) {
    return message.slice(8, 24);
  }

  public int created() {
    return created.get();
  }

  private static Bytes keyCheck(SecretBytes key) {
    try {
      Mac m = Mac.getInstance("HmacSHA256");
      m.init(new SecretKeySpec(key.toByteArray(InsecureSecretAccess.get()), "HmacSHA256"));
      return Bytes.copyOf(m.doFinal("key check".getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
