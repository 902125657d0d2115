// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.kdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mcxsec.testkit.Vector;
import org.mcxsec.testkit.VectorFile;

/** TS 33.180 F.2.1 MIKEY-SAKKE UID against mikey-sakke-uid.json (spec example, third-party and KMS-issued). */
class MikeySakkeUidVectorTest {
  static List<Vector> uids() {
    return VectorFile.load(VectorFile.MIKEY_SAKKE_UID).vectors();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("uids")
  void hashInputAndUidMatch(Vector v) {
    KeyPeriod period = new KeyPeriod(v.number("key_period"), v.number("key_period_offset"));
    long no = v.number("key_period_no");
    if (v.has("hash_input")) {
      assertEquals(v.text("hash_input"),
          MikeySakkeUid.hashInput(v.text("uri"), v.text("kms_uri"), period, no).toHex());
    }
    assertEquals(v.text("uid"), MikeySakkeUid.of(v.text("uri"), v.text("kms_uri"), period, no).toHex());
  }
}
