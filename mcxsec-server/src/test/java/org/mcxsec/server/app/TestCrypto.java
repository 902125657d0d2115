// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.app;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import org.mcxsec.kms.EccsiSakkeKmsCrypto;
import org.mcxsec.kms.KmsCertificate;
import org.mcxsec.kms.KmsCrypto;
import org.mcxsec.kms.UserKeySet;

/** The ECCSI/SAKKE implementation the server tests run with, and the check that issued keys validate. */
final class TestCrypto {
  private TestCrypto() {}

  static KmsCrypto kmsCrypto() {
    return new EccsiSakkeKmsCrypto();
  }

  /** RFC 6507 §5.1.2 (SSK, PVT) and RFC 6508 §6.1.2 (RSK) against the certificate's KPAK and Z. */
  static void assertValid(KmsCertificate c, UserKeySet k) {
    assertDoesNotThrow(() -> EccsiSakkeKmsCrypto.validate(c, k), "issued keys do not validate");
  }
}
