// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.kdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mcxsec.crypto.kdf.MikeyPrfVectorTest.id;
import static org.mcxsec.crypto.kdf.MikeyPrfVectorTest.secret;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.testkit.Vector;
import org.mcxsec.testkit.VectorFile;

/** TS 33.180 F.1.3 user salt / GUK-ID, F.1.5 DPCK and §7.4.2 per-sender keys against mikey-prf.json. */
class UserSaltAndDpckVectorTest {
  private static final VectorFile FILE = VectorFile.load(VectorFile.MIKEY_PRF);

  static List<Vector> gukIds() {
    return FILE.ofKind("guk-id");
  }

  static List<Vector> dpcks() {
    return FILE.ofKind("dpck");
  }

  static List<Vector> senderKeys() {
    return FILE.select(v -> "srtp-master-key-salt".equals(v.textOrNull("kind")) && v.has("sender_uri"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("gukIds")
  void userSaltAndGukIdMatch(Vector v) {
    SecretBytes gmk = secret(v.hex("gmk"));
    String uri = v.text("uri");
    assertEquals(v.text("user_salt_input"),
        Ts33220Kdf.inputString(UserSalt.FC, Bytes.copyOf(uri.getBytes(StandardCharsets.UTF_8))).toHex());
    assertEquals(id(v.hex("user_salt")), UserSalt.of(gmk, uri));
    int gmkId = id(v.hex("gmk_id"));
    int gukId = UserSalt.gukId(gmkId, gmk, uri);
    assertEquals(id(v.hex("guk_id")), gukId);
    assertEquals(gmkId, UserSalt.gmkId(gukId, gmk, uri), "receiver recovers the GMK-ID");
    assertEquals(gmkId >>> 28, gukId >>> 28, "the purpose tag survives the XOR");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("senderKeys")
  void senderGukIdGivesItsOwnMasterKey(Vector v) {
    SecretBytes gmk = secret(v.hex("gmk"));
    int gukId = UserSalt.gukId(id(v.hex("gmk_id")), gmk, v.text("sender_uri"));
    assertEquals(id(v.hex("guk_id")), gukId);
    assertEquals(id(v.hex("csb_id")), gukId);
    Bytes rand = Bytes.copyOf(v.hex("rand"));
    int csId = (int) v.number("cs_id");
    assertArrayEquals(v.hex("master_key"),
        MikeyKeyDerivation.srtpMasterKey(gmk, csId, gukId, rand).toByteArray(InsecureSecretAccess.get()));
    assertArrayEquals(v.hex("master_salt"),
        MikeyKeyDerivation.srtpMasterSalt(gmk, csId, gukId, rand).toByteArray(InsecureSecretAccess.get()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dpcks")
  void dpckMatches(Vector v) {
    int dppkId = id(v.hex("dppk_id"));
    assertEquals(v.text("kdf_input"), Ts33220Kdf.inputString(Dpck.FC,
        Bytes.copyOf(v.hex("dppk_id"))).toHex());
    assertArrayEquals(v.hex("dpck"),
        Dpck.derive(secret(v.hex("dppk")), dppkId).toByteArray(InsecureSecretAccess.get()));
  }
}
