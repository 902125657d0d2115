// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.McxException;
import org.mcxsec.crypto.VerificationFailedException;
import org.mcxsec.crypto.kdf.KeyPeriod;
import org.mcxsec.crypto.kdf.MikeySakkeUid;
import org.mcxsec.mikey.keyparams.KeyParameters;
import org.mcxsec.mikey.testing.BcEccsi;
import org.mcxsec.mikey.testing.Fixture;
import org.mcxsec.mikey.testing.KnownAnswerSakke;
import org.mcxsec.testkit.Vector;

/**
 * The real PCK and CSK I_MESSAGEs open with the published KMS and responder keys: signature verified (standard
 * coverage), key, key ID, RAND and key parameters as published; the negative vectors are refused at the signature.
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
    Vector valid = StreamwideMessages.named(v.name().replaceAll("-flipped-bit-in-.*$", ""));
    Bytes sakkeData = Bytes.fromHex(valid.json().path("decoded").path("payloads").get(7).path("data").asText());
    Bytes uid = Bytes.fromHex(responder.text("uid"));
    Instant t = Instant.parse(valid.object("expected").text("timestamp_utc"));
    return IMessageOpener.builder(responder.text("uri"))
        .kms(new KmsCertificate(kms.text("kms_uri"), Bytes.fromHex(kms.text("kpak")), Bytes.fromHex(kms.text("z_pub")),
            period(v)))
        .verifier(BcEccsi.verifier())
        .clock(Clock.fixed(t, ZoneOffset.UTC))
        .keySet(ReceiverKeySet.of(responder.number("key_period_no"), uid,
            KnownAnswerSakke.of(uid, sakkeData, Bytes.fromHex(valid.object("expected").text("key")))))
        .build();
  }

  private static KeyPeriod period(Vector v) {
    return new KeyPeriod(v.object("kms").number("key_period"), v.object("kms").number("key_period_offset"));
  }
}
