// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.eccsi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.generators.ECCSIKeyPairGenerator;
import org.bouncycastle.crypto.params.ECCSIKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECCSIPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECCSIPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.ECCSISigner;
import org.bouncycastle.math.ec.ECPoint;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.McxException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.testkit.FixedSecureRandom;

/**
 * mcxsec against Bouncy Castle 1.87's ECCSI on random identities (32 octets, mostly with a first octet ≥ 0x80)
 * and messages: the same KSAK and v give the same keys, the same j the same signature, and each side's
 * signatures with fresh j verify on the other. A fresh BC signer is built for every signature, because BC draws
 * j when it is initialised.
 */
class EccsiBouncyCastleDifferentialTest {
  private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secP256r1");
  private static final BigInteger Q = CURVE.getN();

  record Case(byte[] id, byte[] message, long seed) {}

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<byte[]> ids = Combinators.combine(Arbitraries.bytes().array(byte[].class).ofSize(32),
        Arbitraries.integers().between(0, 9)).as((id, coin) -> {
          if (coin < 7) {
            id[0] |= (byte) 0x80; // UIDs are octet strings, not signed integers
          }
          return id;
        });
    Arbitrary<byte[]> messages = Arbitraries.bytes().array(byte[].class).ofMinSize(0).ofMaxSize(600);
    return Combinators.combine(ids, messages, Arbitraries.longs()).as(Case::new);
  }

  private static byte[] scalar(Random rnd) {
    while (true) {
      BigInteger k = new BigInteger(256, rnd);
      if (k.signum() > 0 && k.compareTo(Q) < 0) {
        byte[] out = new byte[32];
        byte[] b = k.toByteArray();
        int n = Math.min(32, b.length);
        System.arraycopy(b, b.length - n, out, 32 - n, n);
        return out;
      }
    }
  }

  private static ECCSISigner bcSigner(byte[] kpak, byte[] id) {
    ECPoint kpakPoint = CURVE.getCurve().decodePoint(kpak);
    return new ECCSISigner(kpakPoint, CURVE, new SHA256Digest(), id);
  }

  @Property(tries = 40)
  void keysAndSignatures_agreeWithBouncyCastle(@ForAll("cases") Case c) throws Exception {
    Random rnd = new Random(c.seed());
    byte[] ksak = scalar(rnd);
    byte[] v = scalar(rnd);
    byte[] j = scalar(rnd);
    Bytes id = Bytes.copyOf(c.id());
    Bytes message = Bytes.copyOf(c.message());

    // Bouncy Castle draws KSAK, then v, from its random source.
    ECCSIKeyGenerationParameters params = new ECCSIKeyGenerationParameters(
        new FixedSecureRandom(ksak, v), CURVE, new SHA256Digest(), c.id());
    ECCSIKeyPairGenerator generator = new ECCSIKeyPairGenerator();
    generator.init(params);
    AsymmetricCipherKeyPair bcPair = generator.generateKeyPair();
    ECCSIPrivateKeyParameters bcPrivate = (ECCSIPrivateKeyParameters) bcPair.getPrivate();
    byte[] bcPvt = bcPrivate.getPublicKeyParameters().getPVT().getEncoded(false);
    byte[] bcKpak = params.getKPAK().getEncoded(false);

    try (EccsiKmsKey kms = EccsiKmsKey.fromKsak(SecretBytes.copyOf(ksak, InsecureSecretAccess.get()));
        EccsiSigningKey key = kms.issueWithVForTesting(id, Bytes.copyOf(v))) {
      assertArrayEquals(bcKpak, kms.kpak().toByteArray(), "KPAK");
      assertArrayEquals(bcPvt, key.pvt().toByteArray(), "PVT");
      assertEquals(bcPrivate.getSSK(), new BigInteger(1, key.ssk().toByteArray(InsecureSecretAccess.get())), "SSK");

      // same j, same signature
      ECCSISigner bcSign = bcSigner(bcKpak, c.id());
      bcSign.init(true, new ParametersWithRandom(bcPrivate, new FixedSecureRandom(j)));
      bcSign.update(c.message(), 0, c.message().length);
      byte[] bcSignature = bcSign.generateSignature();
      assertArrayEquals(bcSignature, EccsiSigner.signWithJForTesting(key, message, Bytes.copyOf(j)).encode()
          .toByteArray(), "signature with the same j");

      // BC's signature with a fresh j verifies under mcxsec
      ECCSISigner bcFresh = bcSigner(bcKpak, c.id());
      bcFresh.init(true, new ParametersWithRandom(bcPrivate, new SecureRandom()));
      bcFresh.update(c.message(), 0, c.message().length);
      EccsiSignature fromBc = EccsiSignature.decode(Bytes.copyOf(bcFresh.generateSignature()));
      new EccsiVerifier(kms.kpak(), id).verify(message, fromBc);

      // mcxsec's signature with a fresh j verifies under BC
      EccsiSignature ours = new EccsiSigner(key, new SecureRandom()).sign(message);
      ECCSISigner bcVerify = bcSigner(bcKpak, c.id());
      bcVerify.init(false, new ECCSIPublicKeyParameters(CURVE.getCurve().decodePoint(ours.pvt().toByteArray())));
      bcVerify.update(c.message(), 0, c.message().length);
      assertTrue(bcVerify.verifySignature(ours.encode().toByteArray()), "BC verifies mcxsec's signature");
    }
  }

  @Property(tries = 20)
  void generatedKeys_validateAndSignAcrossImplementations(@ForAll("cases") Case c) throws McxException {
    SecureRandom random = new SecureRandom();
    Bytes id = Bytes.copyOf(c.id());
    try (EccsiKmsKey kms = EccsiKmsKey.generate(random);
        EccsiSigningKey key = kms.issue(id, random)) {
      EccsiSigningKey.validate(kms.kpak(), id, key.ssk(), key.pvt()).close();
      EccsiSignature signature = new EccsiSigner(key, random).sign(Bytes.copyOf(c.message()));
      ECCSISigner bcVerify = bcSigner(kms.kpak().toByteArray(), c.id());
      bcVerify.init(false,
          new ECCSIPublicKeyParameters(CURVE.getCurve().decodePoint(signature.pvt().toByteArray())));
      bcVerify.update(c.message(), 0, c.message().length);
      assertTrue(bcVerify.verifySignature(signature.encode().toByteArray()));
    }
  }
}
