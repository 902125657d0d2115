// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto;

/**
 * A token that must be passed to read raw secret material out of a {@link SecretBytes}.
 *
 * <p>It does not protect anything by itself: it makes every place that handles raw secret octets greppable
 * and reviewable ({@code InsecureSecretAccess.get()}).
 */
public final class InsecureSecretAccess {
  private static final InsecureSecretAccess INSTANCE = new InsecureSecretAccess();

  private InsecureSecretAccess() {}

  public static InsecureSecretAccess get() {
    return INSTANCE;
  }
}
