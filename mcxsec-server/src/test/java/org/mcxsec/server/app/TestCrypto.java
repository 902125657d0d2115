// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.mcxsec.kms.FakeKmsCrypto;
import org.mcxsec.kms.KmsCertificate;
import org.mcxsec.kms.KmsCrypto;
import org.mcxsec.kms.UserKeySet;

/** The ECCSI/SAKKE implementation the server tests run with, and the check that issued keys validate. */
final class TestCrypto {
  private TestCrypto() {}

  static KmsCrypto kmsCrypto() {
    return new FakeKmsCrypto();
  }

  static void assertValid(KmsCertificate c, UserKeySet k) {
    assertTrue(FakeKmsCrypto.validate(c.pubAuthKey(), c.pubEncKey(), k.userId(), k.ssk(), k.pvt(), k.rsk()),
        "issued keys do not validate against the certificate");
  }
}
