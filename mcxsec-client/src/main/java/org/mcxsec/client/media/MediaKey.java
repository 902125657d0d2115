// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.client.media;

import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.SecretBytes;

/**
 * One sender's SRTP master key, master salt and MKI (TS 33.180 §7.4.2: derived from the GMK with the sender's
 * GUK-ID; MKI = GMK-ID ‖ GUK-ID).
 *
 * <p>Security: holds secrets; {@link #close()} wipes them; {@code toString} never prints them.
 */
public final class MediaKey implements AutoCloseable {
  private final SecretBytes masterKey;
  private final SecretBytes masterSalt;
  private final Bytes mki;

  public MediaKey(SecretBytes masterKey, SecretBytes masterSalt, Bytes mki) {
    this.masterKey = masterKey;
    this.masterSalt = masterSalt;
    this.mki = mki;
  }

  public SecretBytes masterKey() {
    return masterKey;
  }

  public SecretBytes masterSalt() {
    return masterSalt;
  }

  public Bytes mki() {
    return mki;
  }

  @Override
  public void close() {
    masterKey.destroy();
    masterSalt.destroy();
  }

  @Override
  public String toString() {
    return "MediaKey[mki=" + mki.toHex() + ", key=<redacted>, salt=<redacted>]";
  }
}
