// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp;

import java.util.Objects;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.SecretBytes;

/**
 * An SRTP master key and master salt for one profile, with the MKI that names them on the wire (RFC 3711 §3.2.1).
 *
 * <p>TS 33.180 §7.4 uses a 4-octet MKI (the PCK-ID) for private calls and an 8-octet MKI (GMK-ID ‖ GUK-ID) for
 * group calls; an empty MKI means packets carry none. The MKI is not secret.
 *
 * <p>Security: holds secret key material. {@link #close()} wipes the copies this object owns; {@code toString}
 * never prints them. Thread safety: immutable until closed.
 */
public final class SrtpMasterKey implements AutoCloseable {
  /** Longest MKI accepted, in octets. */
  public static final int MAX_MKI_OCTETS = 16;

  private final SrtpProfile profile;
  private final SecretBytes key;
  private final SecretBytes salt;
  private final Bytes mki;

  private SrtpMasterKey(SrtpProfile profile, SecretBytes key, SecretBytes salt, Bytes mki) {
    this.profile = profile;
    this.key = key;
    this.salt = salt;
    this.mki = mki;
  }

  /**
   * A master key for {@code profile}; {@code key} and {@code salt} are copied, so the caller keeps ownership of
   * its own.
   *
   * @throws IllegalArgumentException if a length does not fit the profile or the MKI is longer than 16 octets
   */
  public static SrtpMasterKey of(SrtpProfile profile, SecretBytes key, SecretBytes salt, Bytes mki) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(mki, "mki");
    if (key.size() != profile.masterKeyOctets()) {
      throw new IllegalArgumentException("master key has " + key.size() + " octets; " + profile + " needs "
          + profile.masterKeyOctets());
    }
    if (salt.size() != profile.masterSaltOctets()) {
      throw new IllegalArgumentException("master salt has " + salt.size() + " octets; " + profile + " needs "
          + profile.masterSaltOctets());
    }
    if (mki.size() > MAX_MKI_OCTETS) {
      throw new IllegalArgumentException("MKI has " + mki.size() + " octets; at most " + MAX_MKI_OCTETS
          + " are supported");
    }
    InsecureSecretAccess access = InsecureSecretAccess.get();
    return new SrtpMasterKey(profile, SecretBytes.wrap(key.toByteArray(access), access),
        SecretBytes.wrap(salt.toByteArray(access), access), mki);
  }

  /** A master key without an MKI. */
  public static SrtpMasterKey of(SrtpProfile profile, SecretBytes key, SecretBytes salt) {
    return of(profile, key, salt, Bytes.empty());
  }

  public SrtpProfile profile() {
    return profile;
  }

  /** The master key (read it with {@link InsecureSecretAccess}). */
  public SecretBytes key() {
    return key;
  }

  /** The master salt (read it with {@link InsecureSecretAccess}). */
  public SecretBytes salt() {
    return salt;
  }

  /** The MKI carried in every packet protected with this key; empty for none. */
  public Bytes mki() {
    return mki;
  }

  /** Constant-time comparison of profile, key, salt and MKI. */
  public boolean equalsKey(SrtpMasterKey other) {
    return profile == other.profile && mki.equals(other.mki) && key.equalsConstantTime(other.key)
        & salt.equalsConstantTime(other.salt);
  }

  /** Wipes the key and salt. */
  @Override
  public void close() {
    key.destroy();
    salt.destroy();
  }

  @Override
  public String toString() {
    return "SrtpMasterKey[" + profile + ", mki=" + (mki.isEmpty() ? "none" : mki.toHex())
        + ", key=<redacted>, salt=<redacted>]";
  }
}
