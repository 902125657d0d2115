// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp.internal;

import java.util.Arrays;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.srtp.SrtpMasterKey;
import org.mcxsec.srtp.SrtpProfile;

/**
 * The per-packet transform of one profile under one set of session keys (SRTP or SRTCP), working in place on
 * {@code b[off, off + len)}. The caller has parsed the header, found the MKI and estimated the index; this class
 * encrypts, authenticates and lays out tag and MKI as the profile requires (see {@link SrtpLayout}).
 *
 * <p>Unprotect methods verify before they write: on failure they return -1 and leave the buffer unchanged.
 *
 * <p>Thread safety: not thread-safe (scratch buffers are fields).
 */
public abstract sealed class PacketCrypto implements AutoCloseable permits AesCmHmacCrypto, AesGcmCrypto {
  final byte[] mki;

  PacketCrypto(byte[] mki) {
    this.mki = mki;
  }

  /** The SRTP transform for {@code key} (session key labels 0, 1, 2). */
  public static PacketCrypto forRtp(SrtpMasterKey key) {
    return create(key, SessionKeyDerivation.SRTP_ENCRYPTION, SessionKeyDerivation.SRTP_AUTHENTICATION,
        SessionKeyDerivation.SRTP_SALT);
  }

  /** The SRTCP transform for {@code key} (session key labels 3, 4, 5). */
  public static PacketCrypto forRtcp(SrtpMasterKey key) {
    return create(key, SessionKeyDerivation.SRTCP_ENCRYPTION, SessionKeyDerivation.SRTCP_AUTHENTICATION,
        SessionKeyDerivation.SRTCP_SALT);
  }

  private static PacketCrypto create(SrtpMasterKey key, int encLabel, int authLabel, int saltLabel) {
    InsecureSecretAccess access = InsecureSecretAccess.get();
    byte[] masterKey = key.key().toByteArray(access);
    byte[] masterSalt = key.salt().toByteArray(access);
    byte[] mki = key.mki().toByteArray();
    SrtpProfile profile = key.profile();
    try (SessionKeyDerivation kdf = new SessionKeyDerivation(masterKey, masterSalt)) {
      byte[] encKey = kdf.derive(encLabel, 16);
      byte[] salt = kdf.derive(saltLabel, profile.isAead() ? 12 : 14);
      byte[] authKey = profile.isAead() ? new byte[0] : kdf.derive(authLabel, HmacSha1.HASH_OCTETS);
      try {
        return profile.isAead() ? new AesGcmCrypto(encKey, salt, mki) : new AesCmHmacCrypto(encKey, salt, authKey, mki);
      } finally {
        Arrays.fill(encKey, (byte) 0);
        Arrays.fill(salt, (byte) 0);
        Arrays.fill(authKey, (byte) 0);
      }
    } finally {
      Arrays.fill(masterKey, (byte) 0);
      Arrays.fill(masterSalt, (byte) 0);
    }
  }

  /** Octets protect adds to an SRTP packet (tag and MKI, without an RCC field). */
  public abstract int rtpOverhead();

  /** Octets protect adds to an SRTCP packet (tag, E || index and MKI). */
  public final int rtcpOverhead() {
    return rtpOverhead() + 4;
  }

  /**
   * Protects the RTP packet {@code b[off, off + len)} with header length {@code hl} and 48-bit index
   * {@code index}; appends tag and MKI.
   *
   * @return the new packet length
   */
  public abstract int protectRtp(byte[] b, int off, int hl, int len, int ssrc, long index);

  /**
   * Unprotects the SRTP packet {@code b[off, off + len)} (tag and MKI included, no RCC field).
   *
   * @return the plain length, or -1 with the buffer unchanged if authentication fails
   */
  public abstract int unprotectRtp(byte[] b, int off, int hl, int len, int ssrc, long index);

  /**
   * Protects the RTCP compound packet {@code b[off, off + len)}; {@code eIndex} is the E flag (bit 31) and the
   * 31-bit SRTCP index. Appends tag, E || index and MKI.
   *
   * @return the new packet length
   */
  public abstract int protectRtcp(byte[] b, int off, int len, int ssrc, int eIndex);

  /**
   * Unprotects the SRTCP packet {@code b[off, off + len)} whose E || index word is {@code eIndex}.
   *
   * @return the plain length, or -1 with the buffer unchanged if authentication fails
   */
  public abstract int unprotectRtcp(byte[] b, int off, int len, int ssrc, int eIndex);

  /** Wipes the session keys and key-dependent tables. */
  @Override
  public abstract void close();
}
