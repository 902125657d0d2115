// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp;

import java.util.Objects;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.SecretBytes;

/**
 * A GMK as a group member holds it for media (TS 33.180 §7.4.2): the key, its GMK-ID and the RAND of the MIKEY
 * message that delivered it. This module never learns how it arrived.
 *
 * <p>Security: holds a secret; {@link #close()} wipes this object's copy and {@code toString} never prints it.
 * Thread safety: immutable until closed.
 */
public final class GroupMasterKey implements AutoCloseable {
  private final SecretBytes gmk;
  private final int gmkId;
  private final Bytes rand;

  private GroupMasterKey(SecretBytes gmk, int gmkId, Bytes rand) {
    this.gmk = gmk;
    this.gmkId = gmkId;
    this.rand = rand;
  }

  /**
   * A GMK with its 32-bit GMK-ID and RAND (at least 16 octets, RFC 3830 §6.11); {@code gmk} is copied.
   *
   * @throws IllegalArgumentException if the GMK is empty or the RAND shorter than 16 octets
   */
  public static GroupMasterKey of(SecretBytes gmk, int gmkId, Bytes rand) {
    Objects.requireNonNull(rand, "rand");
    if (gmk.size() == 0) {
      throw new IllegalArgumentException("GMK is empty");
    }
    if (rand.size() < 16) {
      throw new IllegalArgumentException("RAND has " + rand.size() + " octets; at least 16 are required");
    }
    InsecureSecretAccess access = InsecureSecretAccess.get();
    return new GroupMasterKey(SecretBytes.wrap(gmk.toByteArray(access), access), gmkId, rand);
  }

  /** The GMK (read it with {@link InsecureSecretAccess}). */
  public SecretBytes gmk() {
    return gmk;
  }

  /** The GMK-ID, an unsigned 32-bit value whose 4 high bits are the purpose tag (TS 33.180 §5.2.3). */
  public int gmkId() {
    return gmkId;
  }

  public Bytes rand() {
    return rand;
  }

  /** A copy that {@link #close()} on this one does not affect. */
  GroupMasterKey copy() {
    return of(gmk, gmkId, rand);
  }

  /** Wipes the GMK. */
  @Override
  public void close() {
    gmk.destroy();
  }

  @Override
  public String toString() {
    return "GroupMasterKey[gmkId=" + String.format("%08x", gmkId) + ", gmk=<redacted>]";
  }
}
