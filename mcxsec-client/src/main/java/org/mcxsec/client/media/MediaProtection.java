// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.client.media;

import org.mcxsec.crypto.PolicyException;
import org.mcxsec.srtp.SrtpMasterKey;

/**
 * The SRTP implementation the client protects media with (a port: the client does not care how packets are
 * protected, only that each sender stream has its own key and that received packets name theirs by MKI).
 * Packets are protected and unprotected in place in a caller's array.
 *
 * <p>Thread safety: factories are safe to share; each protector or unprotector is confined to one thread.
 */
public interface MediaProtection {
  /** Human-readable name for reports, e.g. {@code SRTP AEAD_AES_128_GCM (RFC 7714)}. */
  String name();

  /** Octets a protector may add (tag, MKI). */
  int overhead();

  /** Where the MKI of {@code mkiLength} octets starts in a protected packet of {@code length} octets. */
  int mkiOffset(int length, int mkiLength);

  /** A protector for one outgoing stream under {@code key} (the key may be closed afterwards). */
  Protector protector(SrtpMasterKey key);

  /** An unprotector for one sender's stream under {@code key} (the key may be closed afterwards). */
  Unprotector unprotector(SrtpMasterKey key);

  /** Protects RTP packets of one stream. */
  interface Protector extends AutoCloseable {
    /**
     * Protects {@code buf[off, off+len)} in place.
     *
     * @return the protected length
     * @throws PolicyException if the packet index was used before (key-stream reuse)
     */
    int protect(byte[] buf, int off, int len) throws PolicyException;

    @Override
    void close();
  }

  /** Unprotects packets of one sender's stream. */
  interface Unprotector extends AutoCloseable {
    /**
     * Unprotects {@code buf[off, off+len)} in place; on {@code OK}, {@link #plainLength()} is the RTP length.
     * Nothing changes unless the answer is OK.
     */
    MediaStatus unprotect(byte[] buf, int off, int len);

    /** Length of the plain packet after the last OK. */
    int plainLength();

    @Override
    void close();
  }
}
