// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.kdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.testkit.Vector;
import org.mcxsec.testkit.VectorFile;

/** RFC 3830 §4.1.2/4.1.3 PRF-HMAC-SHA-256 and TS 33.180 §7.4 master key/salt against mikey-prf.json. */
class MikeyPrfVectorTest {
  private static final VectorFile FILE = VectorFile.load(VectorFile.MIKEY_PRF);

  static List<Vector> prf() {
    return FILE.ofKind("prf");
  }

  static List<Vector> masterKeySalt() {
    return FILE.ofKind("srtp-master-key-salt");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("prf")
  void prfOutputAndLabelMatch(Vector v) {
    MikeyKeyConstant constant = constant(v.text("constant"));
    Bytes label = MikeyKeyDerivation.label(constant, (int) v.number("cs_id"), id(v.hex("csb_id")),
        Bytes.copyOf(v.hex("rand")));
    assertEquals(v.text("label"), label.toHex());
    try (SecretBytes out = MikeyPrf.derive(secret(v.hex("inkey")), label, (int) v.number("length"))) {
      assertArrayEquals(v.hex("output"), out.toByteArray(InsecureSecretAccess.get()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("masterKeySalt")
  void srtpMasterKeyAndSaltMatch(Vector v) {
    int csId = (int) v.number("cs_id");
    int csb = id(v.hex("csb_id"));
    Bytes rand = Bytes.copyOf(v.hex("rand"));
    assertEquals(v.text("tek_label"), MikeyKeyDerivation.label(MikeyKeyConstant.TEK, csId, csb, rand).toHex());
    assertEquals(v.text("salt_label"), MikeyKeyDerivation.label(MikeyKeyConstant.SALT, csId, csb, rand).toHex());
    SecretBytes tgk = secret(v.hex("tgk"));
    assertArrayEquals(v.hex("master_key"),
        MikeyKeyDerivation.srtpMasterKey(tgk, csId, csb, rand).toByteArray(InsecureSecretAccess.get()));
    assertArrayEquals(v.hex("master_salt"),
        MikeyKeyDerivation.srtpMasterSalt(tgk, csId, csb, rand).toByteArray(InsecureSecretAccess.get()));
  }

  private static MikeyKeyConstant constant(String hex) {
    int value = (int) Long.parseLong(hex, 16);
    for (MikeyKeyConstant c : MikeyKeyConstant.values()) {
      if (c.value() == value) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown PRF constant " + hex);
  }

  static int id(byte[] b) {
    return (b[0] & 0xff) << 24 | (b[1] & 0xff) << 16 | (b[2] & 0xff) << 8 | (b[3] & 0xff);
  }

  static SecretBytes secret(byte[] b) {
    return SecretBytes.copyOf(b, InsecureSecretAccess.get());
  }
}
