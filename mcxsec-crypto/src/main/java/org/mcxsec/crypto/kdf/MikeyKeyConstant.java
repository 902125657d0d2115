// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.kdf;

/** The constants of RFC 3830 §4.1.3 that select which key the PRF derives from a TGK. */
public enum MikeyKeyConstant {
  /** TEK: the SRTP master key (TS 33.180 §7.4). */
  TEK(0x2AD01C64),
  /** Encryption key. */
  ENCRYPTION(0x15798CEF),
  /** Authentication key. */
  AUTHENTICATION(0x1B5C7973),
  /** Salting key: the SRTP master salt (TS 33.180 §7.4). */
  SALT(0x39A2C14B);

  private final int value;

  MikeyKeyConstant(int value) {
    this.value = value;
  }

  public int value() {
    return value;
  }
}
