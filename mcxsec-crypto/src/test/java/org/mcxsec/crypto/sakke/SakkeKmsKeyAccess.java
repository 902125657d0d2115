// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.sakke;

import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.testkit.Vector;

/** Test access to package-private factories: a receiver key taken as given, for vectors that must fail later. */
final class SakkeKmsKeyAccess {
  private SakkeKmsKeyAccess() {}

  static SakkeReceiverKey receiverKeyWithoutValidation(Vector v) {
    return SakkeReceiverKey.issued(Bytes.copyOf(v.hex("z_pub")), Bytes.copyOf(v.hex("id")),
        SecretBytes.copyOf(v.hex("rsk"), InsecureSecretAccess.get()));
  }
}
