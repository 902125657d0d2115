// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.client;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.SecretBytes;

/**
 * One GMK as a client holds it after opening and verifying its I_MESSAGE (TS 33.180 §5.7, E.6): the key, its
 * GMK-ID, the RAND delivered with it (needed for §7.4.2), the group IDs it is bound to, its activation and expiry
 * times and whether it was revoked.
 *
 * <p>Security: holds the GMK; {@link #close()} wipes it; {@code toString} never prints it. Thread safety:
 * immutable until closed.
 */
public final class GmkEntry implements AutoCloseable {
  private final SecretBytes gmk;
  private final int gmkId;
  private final Bytes rand;
  private final Set<String> groupIds;
  private final Instant activation;
  private final Instant expiry;
  private final boolean revoked;

  /**
   * @throws IllegalArgumentException if the GMK is not 16 octets, the GMK-ID's purpose tag is not 0, the RAND is
   *     shorter than 16 octets, or expiry is not after activation
   */
  public GmkEntry(SecretBytes gmk, int gmkId, Bytes rand, Set<String> groupIds, Instant activation, Instant expiry,
      boolean revoked) {
    Objects.requireNonNull(gmk, "gmk");
    Objects.requireNonNull(rand, "rand");
    if (gmk.size() != 16) {
      throw new IllegalArgumentException("GMK has " + gmk.size() + " octets; 16 are required");
    }
    if (gmkId >>> 28 != 0) {
      throw new IllegalArgumentException(String.format("GMK-ID %08x has purpose tag %d; a GMK has tag 0",
          gmkId, gmkId >>> 28));
    }
    if (rand.size() < 16) {
      throw new IllegalArgumentException("RAND has " + rand.size() + " octets; at least 16 are required");
    }
    if (!expiry.isAfter(activation)) {
      throw new IllegalArgumentException("expiry " + expiry + " is not after activation " + activation);
    }
    this.gmk = SecretBytes.copyOf(gmk.toByteArray(InsecureSecretAccess.get()), InsecureSecretAccess.get());
    this.gmkId = gmkId;
    this.rand = rand;
    this.groupIds = Set.copyOf(groupIds);
    this.activation = activation;
    this.expiry = expiry;
    this.revoked = revoked;
  }

  public SecretBytes gmk() {
    return gmk;
  }

  public int gmkId() {
    return gmkId;
  }

  /** The GMK-ID as 8 lower-case hex digits. */
  public String gmkIdHex() {
    return String.format("%08x", gmkId);
  }

  public Bytes rand() {
    return rand;
  }

  public Set<String> groupIds() {
    return groupIds;
  }

  public Instant activation() {
    return activation;
  }

  public Instant expiry() {
    return expiry;
  }

  public boolean revoked() {
    return revoked;
  }

  /** Usable at {@code now}: not revoked, activated, not expired. */
  public boolean isActive(Instant now) {
    return !revoked && !now.isBefore(activation) && now.isBefore(expiry);
  }

  /** This entry, revoked. */
  public GmkEntry asRevoked() {
    return new GmkEntry(gmk, gmkId, rand, groupIds, activation, expiry, true);
  }

  @Override
  public void close() {
    gmk.destroy();
  }

  @Override
  public String toString() {
    return "GmkEntry[" + gmkIdHex() + ", groups=" + groupIds + ", " + activation + ".." + expiry
        + (revoked ? ", revoked" : "") + ", gmk=<redacted>]";
  }
}
