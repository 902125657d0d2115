// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

/**
 * How the Status IE of the key parameters (TS 33.180 E.6.9) decides that a key is revoked. The bit meanings are not
 * confirmed by the spec text available (TS 33.180 digest Q10): shipping code reads bit 0 as "not revoked" and bit 1
 * as "shared with a gateway", while another vendor sends {@code 0x00000000} on freshly distributed usable keys.
 */
public enum KeyStatusPolicy {
  /**
   * Revoked when the Status is non-zero and bit 0 ("not revoked") is clear. Accepts both vendors' fresh keys
   * ({@code 0x00000001} and {@code 0x00000000}) and rejects {@code 0x00000002}. The default.
   */
  NOT_REVOKED_BIT_OR_ZERO,
  /** Revoked whenever bit 0 ("not revoked") is clear, {@code 0x00000000} included. */
  NOT_REVOKED_BIT,
  /** The Status is recorded but never rejects a key. */
  IGNORE;

  /** Whether {@code status} marks the key revoked under this policy. */
  public boolean isRevoked(int status) {
    return switch (this) {
      case NOT_REVOKED_BIT_OR_ZERO -> status != 0 && (status & 1) == 0;
      case NOT_REVOKED_BIT -> (status & 1) == 0;
      case IGNORE -> false;
    };
  }
}
