// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.sakke;

import org.mcxsec.crypto.sakke.internal.SakkeReference;

/** The reference implementation's values the public-API tests need. */
final class SakkeReferenceAccess {
  private SakkeReferenceAccess() {}

  static byte[] generatorEncoded() {
    return SakkeReference.GENERATOR.encode();
  }
}
