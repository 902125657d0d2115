// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.crypto.McxException;
import org.mcxsec.crypto.kdf.KeyPeriod;
import org.mcxsec.mikey.testing.Fixture;

/**
 * Fuzz targets for the decoder and the opener. In {@code mvn verify} they run once per seed in
 * {@code src/test/resources/org/mcxsec/mikey/MikeyFuzzTestInputs/} (the real Streamwide messages and messages of
 * our own, see the pom for the fuzzing profile). The properties checked:
 *
 * <ul>
 *   <li>decode: a checked {@link MalformedMessageException}, or a message that re-encodes to the input;
 *   <li>open: a key, or a checked {@link McxException} whose message names an {@link OpenCheck}. The opener's
 *       crypto ports accept every signature and decapsulate any data to a fixed key, so that the fuzzer reaches
 *       the checks after them (key ID, key parameters) that real cryptography would keep out of its reach.
 * </ul>
 */
class MikeyFuzzTest {
  private static final MikeyCodec CODEC = new MikeyCodec();
  private static final IMessageOpener OPENER = IMessageOpener.builder("sip:bob@streamwide.com")
      .kms(new KmsCertificate("kms.mydev.streamwide.com", Bytes.fromHex("04"), Bytes.fromHex("04"),
          new KeyPeriod(16_777_215, 0)))
      .verifiers((kpak, id) -> (message, signature) -> { })
      .keyForMessageUid(uid -> sed -> Fixture.key(Bytes.fromHex("b4c96b703acd5c1bf7d4cc45068d9965")))
      .freshness(Freshness.NONE)
      .clock(Clock.fixed(Instant.parse("2025-10-02T23:47:52Z"), ZoneOffset.UTC))
      .build();

  @FuzzTest(maxDuration = "2m")
  void decode(byte[] data) {
    Bytes input = Bytes.copyOf(data);
    try {
      assertEquals(input, CODEC.decode(input).encoded());
    } catch (MalformedMessageException expected) {
      // rejected with a checked exception: fine
    }
  }

  @FuzzTest(maxDuration = "2m")
  void open(byte[] data) {
    try (OpenedKey k = OPENER.open(Bytes.copyOf(data))) {
      assertEquals(16, k.key().size());
    } catch (McxException e) {
      assertTrue(OpenCheck.of(e).isPresent(), e.getMessage());
    }
  }
}
