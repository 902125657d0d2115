// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto;

/** Key material is unusable: out of range, not on the curve, wrong identity or KPAK. */
public class KeyMaterialException extends McxException {
  public KeyMaterialException(String message) {
    super(message);
  }

  public KeyMaterialException(String message, Throwable cause) {
    super(message, cause);
  }
}
