// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.testkit;

import java.security.SecureRandom;

/**
 * A {@link SecureRandom} that returns given octets, for known-answer tests that fix an ephemeral value (ECCSI
 * {@code j}, KMS {@code v}, a GMK). Fails loudly when asked for more octets than it was given.
 *
 * <p>Security: test-only; never use it outside tests.
 */
public final class FixedSecureRandom extends SecureRandom {
  private static final long serialVersionUID = 1L;
  private final byte[] data;
  private int pos;

  public FixedSecureRandom(byte[]... chunks) {
    super(new byte[0]);
    int n = 0;
    for (byte[] c : chunks) {
      n += c.length;
    }
    data = new byte[n];
    int o = 0;
    for (byte[] c : chunks) {
      System.arraycopy(c, 0, data, o, c.length);
      o += c.length;
    }
  }

  @Override
  public synchronized void nextBytes(byte[] bytes) {
    if (pos + bytes.length > data.length) {
      throw new IllegalStateException("FixedSecureRandom exhausted: asked for " + bytes.length
          + " octets, " + (data.length - pos) + " left");
    }
    System.arraycopy(data, pos, bytes, 0, bytes.length);
    pos += bytes.length;
  }

  /** Octets not yet consumed. */
  public synchronized int remaining() {
    return data.length - pos;
  }
}
