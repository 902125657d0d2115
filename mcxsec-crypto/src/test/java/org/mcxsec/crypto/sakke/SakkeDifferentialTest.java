// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.sakke;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.sakke.internal.ParameterSet1;
import org.mcxsec.crypto.sakke.internal.SakkeReference;
import org.mcxsec.testkit.FixedSecureRandom;

/**
 * Differential properties on random 32-octet identifiers (mostly starting with an octet ≥ 0x80, some with 0x00)
 * and random SSVs: R and the RSK against Bouncy Castle's curve arithmetic (ECCurve.Fp, not its SAKKE KEM classes,
 * whose hash encodings are not RFC 6508's), g^r and H against the plain reference, and round trips.
 */
class SakkeDifferentialTest {
  private static final BigInteger Q = ParameterSet1.Q;
  private static final ECCurve CURVE = new ECCurve.Fp(ParameterSet1.P, BigInteger.valueOf(-3).mod(ParameterSet1.P),
      BigInteger.ZERO, Q, BigInteger.valueOf(4));
  private static final ECPoint BC_P = CURVE.createPoint(ParameterSet1.PX, ParameterSet1.PY);
  private static final byte[] Z_RAW = new byte[128];
  private static final SakkeKmsKey KMS;
  private static final SakkeEncapsulator ENCAPSULATOR;

  static {
    new Random(20110201).nextBytes(Z_RAW);
    Z_RAW[0] &= 0x1f; // below q
    KMS = SakkeKmsKey.generate(new FixedSecureRandom(Z_RAW));
    try {
      ENCAPSULATOR = SakkeEncapsulator.forKms(KMS.publicKey(), 0);
    } catch (KeyMaterialException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @Provide
  Arbitrary<byte[]> identifiers() {
    Arbitrary<Integer> first = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(0x80, 0xff)),
        net.jqwik.api.Tuple.of(2, Arbitraries.just(0)),
        net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(1, 0x7f)));
    return Combinators.combine(first, Arbitraries.bytes().array(byte[].class).ofSize(31)).as((f, rest) -> {
      byte[] id = new byte[32];
      id[0] = (byte) (int) f;
      System.arraycopy(rest, 0, id, 1, 31);
      return id;
    });
  }

  @Provide
  Arbitrary<byte[]> ssvs() {
    return Arbitraries.bytes().array(byte[].class).ofSize(16).edgeCases(c -> c.add(new byte[16]));
  }

  @Property(tries = 15)
  void encapsulate_randomIdentifierAndSsv_matchesBouncyCastleCurveAndReferencePfp(
      @ForAll("identifiers") byte[] id, @ForAll("ssvs") byte[] ssv) {
    BigInteger r = SakkeReference.hashToIntegerRange(SakkeReference.concat(ssv, id), Q);
    ECPoint z = CURVE.decodePoint(KMS.publicKey().toByteArray());
    ECPoint expectedR = BC_P.multiply(new BigInteger(1, id)).add(z).multiply(r).normalize();
    BigInteger mask = SakkeReference.hashToIntegerRange(
        SakkeReference.fixed(SakkeReference.power(ParameterSet1.G, r), 128), BigInteger.ONE.shiftLeft(128));
    byte[] expectedH = SakkeReference.fixed(new BigInteger(1, ssv).xor(mask), 16);

    SakkeEncapsulatedData sed = ENCAPSULATOR.encapsulate(Bytes.copyOf(id), secret(ssv));

    assertArrayEquals(expectedR.getEncoded(false), sed.r().toByteArray(), "R");
    assertArrayEquals(expectedH, sed.h().toByteArray(), "H");
  }

  @Property(tries = 25)
  void issue_randomIdentifier_matchesBouncyCastle(@ForAll("identifiers") byte[] id) throws Exception {
    BigInteger z = new BigInteger(1, Z_RAW);
    BigInteger k = new BigInteger(1, id).add(z).modInverse(Q);
    try (SakkeReceiverKey key = KMS.issue(Bytes.copyOf(id))) {
      assertArrayEquals(BC_P.multiply(k).normalize().getEncoded(false),
          key.rsk().toByteArray(InsecureSecretAccess.get()));
    }
  }

  @Property(tries = 10)
  void issue_twoKmsKeysFromTheSameZ_giveEqualKeys(@ForAll("identifiers") byte[] id) throws Exception {
    try (SakkeKmsKey again = SakkeKmsKey.fromZ(secret(Z_RAW));
        SakkeReceiverKey a = KMS.issue(Bytes.copyOf(id));
        SakkeReceiverKey b = again.issue(Bytes.copyOf(id))) {
      assertEquals(KMS.publicKey(), again.publicKey());
      assertTrue(a.equalsKey(b));
    }
  }

  @Property(tries = 6)
  void decapsulate_randomReceiver_roundTripsEveryEncapsulation(
      @ForAll("identifiers") byte[] id, @ForAll("ssvs") byte[] ssv) throws Exception {
    try (SakkeReceiverKey key = KMS.issue(Bytes.copyOf(id)); SakkeDecapsulator decapsulator = new SakkeDecapsulator(key)) {
      for (int i = 0; i < 3; i++) {
        byte[] s = Arrays.copyOf(ssv, 16);
        s[15] ^= (byte) i;
        SecretBytes out = decapsulator.decapsulate(ENCAPSULATOR.encapsulate(Bytes.copyOf(id), secret(s)));
        assertArrayEquals(s, out.toByteArray(InsecureSecretAccess.get()));
      }
    }
  }

  private static SecretBytes secret(byte[] raw) {
    return SecretBytes.copyOf(raw, InsecureSecretAccess.get());
  }
}
