// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.testkit.Vector;
import org.mcxsec.testkit.VectorFile;

/** TS 33.180 §7.4 master keys against the srtp-master-key-salt vectors of mikey-prf.json. */
class MediaKeyDerivationTest {
  static List<Vector> etherstackSenders() {
    return VectorFile.load(VectorFile.MIKEY_PRF).select(v -> "srtp-master-key-salt".equals(v.textOrNull("kind"))
        && v.has("guk_id"));
  }

  static List<Vector> allMasterKeySalt() {
    return VectorFile.load(VectorFile.MIKEY_PRF).ofKind("srtp-master-key-salt");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("etherstackSenders")
  void groupSenderKey_senderGukId_matchesEtherstack(Vector v) {
    assertEquals(v.text("guk_id"), v.text("csb_id"));
    assertEquals(4, v.number("cs_id"));
    try (GroupMasterKey gmk = GroupMasterKey.of(SrtpVectors.secret(v.hex("gmk")), id(v, "gmk_id"),
            SrtpVectors.bytes(v, "rand"));
        SrtpMasterKey key = MediaKeyDerivation.groupSenderKey(gmk, id(v, "guk_id"),
            MediaKeyDerivation.CS_ID_MCPTT_GROUP, SrtpProfile.AEAD_AES_128_GCM)) {
      assertArrayEquals(v.hex("master_key"), key.key().toByteArray(InsecureSecretAccess.get()));
      assertArrayEquals(v.hex("master_salt"), key.salt().toByteArray(InsecureSecretAccess.get()));
      assertEquals(Bytes.fromHex(v.text("gmk_id") + v.text("guk_id")), key.mki());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("etherstackSenders")
  void forMember_senderUri_usesEtherstackGukId(Vector v) {
    try (GroupMasterKey gmk = GroupMasterKey.of(SrtpVectors.secret(v.hex("gmk")), id(v, "gmk_id"),
            SrtpVectors.bytes(v, "rand"));
        GroupSrtpSender sender = GroupSrtpSender.forMember(gmk, v.text("sender_uri"), SrtpProfile.AEAD_AES_128_GCM,
            MediaKeyDerivation.CS_ID_MCPTT_GROUP, SrtpOptions.defaults())) {
      assertEquals(Bytes.fromHex(v.text("gmk_id") + v.text("guk_id")), sender.mki());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allMasterKeySalt")
  void privateCallKey_tgkAndCsbId_matchesVector(Vector v) {
    try (SrtpMasterKey key = MediaKeyDerivation.privateCallKey(SrtpVectors.secret(v.hex("tgk")), id(v, "csb_id"),
        SrtpVectors.bytes(v, "rand"), (int) v.number("cs_id"), SrtpProfile.AEAD_AES_128_GCM)) {
      assertArrayEquals(v.hex("master_key"), key.key().toByteArray(InsecureSecretAccess.get()));
      assertArrayEquals(v.hex("master_salt"), key.salt().toByteArray(InsecureSecretAccess.get()));
      assertEquals(SrtpVectors.bytes(v, "csb_id"), key.mki());
    }
  }

  static int id(Vector v, String field) {
    return (int) Long.parseLong(v.text(field), 16);
  }
}
