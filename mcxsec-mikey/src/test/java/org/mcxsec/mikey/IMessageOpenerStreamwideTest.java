// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.McxException;
import org.mcxsec.crypto.VerificationFailedException;
import org.mcxsec.crypto.kdf.KeyPeriod;
import org.mcxsec.crypto.kdf.MikeySakkeUid;
import org.mcxsec.crypto.sakke.SakkeReceiverKey;
import org.mcxsec.mikey.keyparams.KeyParameters;
import org.mcxsec.mikey.testing.BcEccsi;
import org.mcxsec.mikey.testing.Fixture;
import org.mcxsec.testkit.Vector;

/**
 * The real PCK and CSK I_MESSAGEs open with the published KMS and responder keys through our ECCSI and SAKKE:
 * signature verified (standard coverage, and independently by Bouncy Castle), key, key ID, RAND and key parameters
 * as published; the negative vectors are refused at the signature, before any decapsulation.
 */
class IMessageOpenerStreamwideTest {
  static List<Vector> valid() {
    return StreamwideMessages.valid();
  }

  static List<Vector> invalid() {
    return StreamwideMessages.invalid();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void open_realMessage_recoversPublishedKey(Vector v) throws McxException {
    Vector expected = v.object("expected");
    try (OpenedKey k = opener(v).open(StreamwideMessages.octets(v))) {
      assertEquals(expected.text("key_type"), k.keyType().name());
      assertTrue(k.key().equalsConstantTime(Fixture.key(Bytes.fromHex(expected.text("key")))));
      assertEquals(expected.text("key_id"), String.format("%08x", k.keyId()));
      assertEquals(expected.text("csb_id"), String.format("%08x", k.csbId()));
      assertEquals(expected.text("rand"), k.rand().toHex());
      assertEquals(Instant.parse(expected.text("timestamp_utc")), k.timestamp());
      assertEquals(SignatureCoverage.WITH_SIGN_HEADER, k.coverage());
      assertEquals(v.object("initiator").text("uid"), k.signerUid().toHex());
      assertEquals(expected.number("key_period_no_from_timestamp"), k.keyPeriodNo().orElseThrow());
      KeyParameters p = k.keyParameters().orElseThrow();
      Vector kp = expected.object("key_parameters");
      assertEquals(Bytes.fromHex(kp.text("plaintext")), p.encode());
      assertEquals(kp.text("status"), String.format("%08x", p.status()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void signedOctets_realMessage_verifyWithBouncyCastleOnlyWithSignHeader(Vector v) throws McxException {
    MikeyMessage m = new MikeyCodec().decode(StreamwideMessages.octets(v));
    Bytes kpak = Bytes.fromHex(v.object("kms").text("kpak"));
    Bytes signer = Bytes.fromHex(v.object("initiator").text("uid"));
    Bytes signature = m.signature().orElseThrow().signature();
    BcEccsi.verify(kpak, signer, m.signedOctets(), signature);
    assertThrows(VerificationFailedException.class,
        () -> BcEccsi.verify(kpak, signer, m.signedOctetsWithoutSignHeader().orElseThrow(), signature));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void openedJson_realMessage_carriesPublishedValues(Vector v) throws Exception {
    Vector expected = v.object("expected");
    try (OpenedKey k = opener(v).open(StreamwideMessages.octets(v))) {
      JsonNode json = new ObjectMapper().readTree(MikeyJson.opened(k));
      assertEquals(expected.text("key_type"), json.path("keyType").asText());
      assertEquals(expected.text("key"), json.path("key").asText());
      assertEquals(expected.text("key_id"), json.path("keyId").asText());
      assertEquals(expected.text("csb_id"), json.path("csbId").asText());
      assertEquals(expected.text("rand"), json.path("rand").asText());
      Vector kp = expected.object("key_parameters");
      assertEquals(kp.text("status"), json.path("status").asText());
      assertEquals(kp.text("activation_time"), json.path("activationTime").asText());
      assertEquals(kp.text("expiry_time"), json.path("expiryTime").asText());
      assertEquals(kp.text("text"), json.path("text").asText());
      assertEquals(0, json.path("groupIds").size());
      assertEquals(v.object("initiator").text("uid"), json.path("signer").asText());
      JsonNode cs = v.json().path("decoded").path("hdr").path("cs");
      assertEquals(cs.isEmpty() ? null : cs.get(0).path("cs_id"), json.path("csId").isNull() ? null
          : json.path("csId"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void open_publishedNegativeVector_isRefusedAtTheSignature(Vector v) {
    VerificationFailedException e = assertThrows(VerificationFailedException.class,
        () -> opener(v).open(StreamwideMessages.octets(v)));
    assertEquals(OpenCheck.SIGNATURE, OpenCheck.of(e).orElseThrow());
    assertTrue(e.getMessage().startsWith("signature: ECCSI signature does not verify for initiator "
        + v.object("initiator").text("uid")), e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void uids_ofPublishedUris_matchTheMessage(Vector v) {
    KeyPeriod period = period(v);
    long periodNo = v.object("expected").number("key_period_no_from_timestamp");
    for (String who : List.of("initiator", "responder")) {
      assertEquals(v.object(who).text("uid"), MikeySakkeUid.of(v.object(who).text("uri"),
          v.object("kms").text("kms_uri"), period, periodNo).toHex(), who);
    }
  }

  private static IMessageOpener opener(Vector v) {
    Vector kms = v.object("kms");
    Vector responder = v.object("responder");
    Bytes uid = Bytes.fromHex(responder.text("uid"));
    Instant t = Instant.parse(StreamwideMessages.named(v.name().replaceAll("-flipped-bit-in-.*$", ""))
        .object("expected").text("timestamp_utc"));
    Bytes z = Bytes.fromHex(kms.text("z_pub"));
    try (SakkeReceiverKey key = SakkeReceiverKey.validate(z, uid, Fixture.key(Bytes.fromHex(responder.text("rsk"))))) {
      return IMessageOpener.builder(responder.text("uri"))
          .kms(new KmsCertificate(kms.text("kms_uri"), Bytes.fromHex(kms.text("kpak")), z, period(v)))
          .clock(Clock.fixed(t, ZoneOffset.UTC))
          .keySet(ReceiverKeySet.of(responder.number("key_period_no"), key))
          .build();
    } catch (KeyMaterialException e) {
      throw new AssertionError("the published RSK does not validate", e);
    }
  }

  private static KeyPeriod period(Vector v) {
    return new KeyPeriod(v.object("kms").number("key_period"), v.object("kms").number("key_period_offset"));
  }
}
