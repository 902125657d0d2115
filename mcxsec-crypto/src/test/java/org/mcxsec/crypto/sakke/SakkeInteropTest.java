// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.sakke;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.VerificationFailedException;
import org.mcxsec.testkit.Vector;
import org.mcxsec.testkit.VectorFile;

/**
 * SAKKE data of two real MIKEY-SAKKE I_MESSAGEs from another MCX implementation (mikey-pck-streamwide.json): the
 * responder's RSK validates against its KMS, its decapsulator recovers the PCK / CSK, and the copies with a
 * flipped bit in H fail the R check.
 */
class SakkeInteropTest {
  private static final VectorFile FILE = VectorFile.load(VectorFile.MIKEY_STREAMWIDE);
  /** SAKKE payload header: next payload, SAKKE params, ID scheme, data length (RFC 6509 §4.2). */
  private static final int SAKKE_HEADER = 5;

  static List<Vector> messages() {
    return FILE.select(v -> v.isValid());
  }

  static List<Vector> flippedH() {
    return FILE.select(v -> !v.isValid() && v.name().endsWith("flipped-bit-in-sakke-h"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("messages")
  void decapsulate_realMessage_givesTheTransportedKey(Vector v) throws Exception {
    try (SakkeReceiverKey key = receiverKey(v); SakkeDecapsulator decapsulator = new SakkeDecapsulator(key)) {
      byte[] ssv = decapsulator.decapsulate(SakkeEncapsulatedData.decode(Bytes.copyOf(sakkeData(v, v))))
          .toByteArray(InsecureSecretAccess.get());
      assertArrayEquals(v.object("expected").hex("key"), ssv);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("flippedH")
  void decapsulate_realMessageWithFlippedH_failsTheRCheck(Vector v) throws Exception {
    Vector original = FILE.named(v.name().substring(0, v.name().indexOf("-flipped")));
    try (SakkeReceiverKey key = receiverKey(v); SakkeDecapsulator decapsulator = new SakkeDecapsulator(key)) {
      SakkeEncapsulatedData sed = SakkeEncapsulatedData.decode(Bytes.copyOf(sakkeData(v, original)));
      VerificationFailedException e = assertThrows(VerificationFailedException.class,
          () -> decapsulator.decapsulate(sed), v.text("modification"));
      assertEquals("SAKKE R check failed", e.getMessage());
    }
  }

  private static SakkeReceiverKey receiverKey(Vector v) throws Exception {
    Vector responder = v.object("responder");
    return SakkeReceiverKey.validate(Bytes.copyOf(v.object("kms").hex("z_pub")), Bytes.copyOf(responder.hex("uid")),
        SakkeKnownAnswerTest.secret(responder.hex("rsk")));
  }

  /** The 273 SAKKE data octets of {@code v}'s message, at the offset {@code layout} decodes its SAKKE payload at. */
  private static byte[] sakkeData(Vector v, Vector layout) {
    Vector sakke = layout.object("decoded").list("payloads").stream()
        .filter(p -> p.text("type").equals("SAKKE")).findFirst().orElseThrow();
    int from = (int) sakke.number("offset") + SAKKE_HEADER;
    byte[] data = Arrays.copyOfRange(v.hex("message_hex"), from, from + SakkeEncapsulatedData.OCTETS);
    if (v == layout) {
      assertArrayEquals(sakke.hex("data"), data, "SAKKE data at offset " + from);
    }
    return data;
  }
}
