// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

/**
 * Secret key material: never printed, compared in constant time, wiped by {@link #destroy()}.
 *
 * <p>It deliberately has no {@code equals}/{@code hashCode}: use {@link #equalsConstantTime}. Raw octets are
 * only available through {@link #toByteArray(InsecureSecretAccess)}.
 *
 * <p>Thread safety: safe to share for reading; {@link #destroy()} must not race with readers.
 */
public final class SecretBytes implements AutoCloseable {
  private final byte[] data;
  private volatile boolean destroyed;

  private SecretBytes(byte[] data) {
    this.data = data;
  }

  /** Copies {@code data}; the caller should wipe its own copy. */
  public static SecretBytes copyOf(byte[] data, InsecureSecretAccess access) {
    Objects.requireNonNull(access, "access");
    return new SecretBytes(data.clone());
  }

  /** Takes ownership of {@code data} without copying; the caller must not keep a reference. */
  public static SecretBytes wrap(byte[] data, InsecureSecretAccess access) {
    Objects.requireNonNull(access, "access");
    return new SecretBytes(data);
  }

  /** {@code size} fresh random octets from {@code random}. */
  public static SecretBytes random(int size, SecureRandom random) {
    byte[] b = new byte[size];
    random.nextBytes(b);
    return new SecretBytes(b);
  }

  public int size() {
    return data.length;
  }

  /** A fresh copy of the secret octets. Every call site is a place to review. */
  public byte[] toByteArray(InsecureSecretAccess access) {
    Objects.requireNonNull(access, "access");
    checkLive();
    return data.clone();
  }

  /** Constant-time content comparison ({@link MessageDigest#isEqual}). */
  public boolean equalsConstantTime(SecretBytes other) {
    checkLive();
    other.checkLive();
    return MessageDigest.isEqual(data, other.data);
  }

  /** Overwrites the content with zeros; later reads throw {@link IllegalStateException}. */
  public void destroy() {
    Arrays.fill(data, (byte) 0);
    destroyed = true;
  }

  public boolean isDestroyed() {
    return destroyed;
  }

  @Override
  public void close() {
    destroy();
  }

  private void checkLive() {
    if (destroyed) {
      throw new IllegalStateException("secret has been destroyed");
    }
  }

  @Override
  public String toString() {
    return "SecretBytes[" + data.length + " octets, <redacted>]";
  }
}
