// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.McxException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.mikey.testing.Fixture;
import org.mcxsec.testkit.Tamper;

/**
 * Hostile input with real ECCSI and SAKKE: random truncations, bit flips, overwritten octets (random payload
 * lengths included), messages re-signed by a wrong identity, and replays. Each is refused with a named check and
 * never yields a key or an unchecked exception.
 */
class IMessageOpenerPropertyTest {
  private static final Fixture F = new Fixture(4);
  private static final SecretBytes GMK = F.randomKey();
  private static final Bytes MESSAGE = create();

  private static Bytes create() {
    try {
      return F.creator(F.gms).createGmk(GMK, KeyType.GMK.keyId(0x7654321), F.randomRand(), F.alice, F.z,
          List.of("sip:g@example.org"));
    } catch (McxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Property(tries = 40)
  void open_randomTruncation_refusedAtStructure(@ForAll @IntRange(min = 0, max = 10_000) int cut) {
    int length = cut % MESSAGE.size();
    assertRefused(MESSAGE.slice(0, length), OpenCheck.STRUCTURE);
  }

  @Property(tries = 60)
  void open_randomBitFlip_refused(@ForAll @IntRange(min = 0, max = 100_000) int bit) {
    assertRefused(Bytes.copyOf(Tamper.flipBit(MESSAGE.toByteArray(), bit % (8 * MESSAGE.size()))), null);
  }

  @Property(tries = 60)
  void open_overwrittenOctets_refused(@ForAll @IntRange(min = 0, max = 100_000) int at,
      @ForAll @IntRange(min = 0, max = 100_000) int at2, @ForAll byte value, @ForAll byte value2) {
    byte[] m = MESSAGE.toByteArray();
    m[at % m.length] = value;
    m[at2 % m.length] = value2;
    Assume.that(!Bytes.copyOf(m).equals(MESSAGE));
    assertRefused(Bytes.copyOf(m), null);
  }

  @Property(tries = 10)
  void open_resignedByAnotherIdentity_refusedAtSignature(@ForAll @IntRange(min = 0, max = 1_000_000) int who)
      throws McxException {
    MikeyIdentity impostor = MikeyIdentity.of("sip:user" + who + "@example.org", Fixture.KMS_URI, Fixture.PERIOD);
    Bytes forged = Fixture.resign(MESSAGE, F.signer(impostor), h -> h, p -> p);
    assertRefused(forged, OpenCheck.SIGNATURE);
  }

  @Property(tries = 5)
  void open_replayed_refused(@ForAll @IntRange(min = 1, max = 5) int replays) throws McxException {
    IMessageOpener opener = F.opener(F.alice).build();
    opener.open(MESSAGE).close();
    for (int i = 0; i < replays; i++) {
      McxException e = assertThrows(McxException.class, () -> opener.open(MESSAGE).close());
      assertEquals(OpenCheck.REPLAY, OpenCheck.of(e).orElseThrow());
    }
  }

  private static void assertRefused(Bytes input, OpenCheck expected) {
    IMessageOpener opener = F.opener(F.alice).build();
    McxException e = assertThrows(McxException.class, () -> opener.open(input).close());
    assertTrue(OpenCheck.of(e).isPresent(), e.getMessage());
    if (expected != null) {
      assertEquals(expected, OpenCheck.of(e).orElseThrow(), e.getMessage());
    }
  }
}
