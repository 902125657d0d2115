// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.testing;

import java.math.BigInteger;
import java.security.SecureRandom;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECCSIPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECCSIPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.ECCSISigner;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.VerificationFailedException;
import org.mcxsec.mikey.MikeySigner;
import org.mcxsec.mikey.MikeyVerifier;

/**
 * ECCSI (RFC 6507) from Bouncy Castle 1.87, the independent oracle: a KMS (KSAK, KPAK), user key issuance,
 * signing and verification. Every signature uses a fresh BC signer, since BC draws the ephemeral j in init().
 */
public final class BcEccsi {
  static final X9ECParameters P256 = CustomNamedCurves.getByName("secp256r1");
  private final BigInteger ksak;
  private final ECPoint kpak;

  private BcEccsi(BigInteger ksak) {
    this.ksak = ksak;
    this.kpak = P256.getG().multiply(ksak).normalize();
  }

  /** A KMS with a random KSAK. */
  public static BcEccsi randomKms(SecureRandom random) {
    return new BcEccsi(BigIntegers.createRandomInRange(BigInteger.ONE, P256.getN().subtract(BigInteger.ONE), random));
  }

  public Bytes kpak() {
    return Bytes.copyOf(kpak.getEncoded(false));
  }

  /** Issues an SSK and PVT for {@code id} (RFC 6507 §5.1.1) and returns a signer holding them. */
  public MikeySigner issue(Bytes id, SecureRandom random) {
    BigInteger q = P256.getN();
    BigInteger v = BigIntegers.createRandomInRange(BigInteger.ONE, q.subtract(BigInteger.ONE), random);
    ECPoint pvt = P256.getG().multiply(v).normalize();
    SHA256Digest d = new SHA256Digest();
    for (byte[] part : new byte[][] {P256.getG().getEncoded(false), kpak.getEncoded(false), id.toByteArray(),
        pvt.getEncoded(false)}) {
      d.update(part, 0, part.length);
    }
    byte[] hs = new byte[32];
    d.doFinal(hs, 0);
    BigInteger ssk = ksak.add(new BigInteger(1, hs).multiply(v)).mod(q);
    return new Signer(kpak, id, ssk, pvt, random);
  }

  /** A verifier for any KPAK (RFC 6507 §5.2.2), through Bouncy Castle. */
  public static MikeyVerifier verifier() {
    return (kpakOctets, signerId, message, signature) -> {
      boolean valid;
      try {
        ECPoint kpakPoint = P256.getCurve().decodePoint(kpakOctets.toByteArray());
        ECPoint pvt = P256.getCurve().decodePoint(signature.slice(64, signature.size()).toByteArray());
        ECCSISigner v = new ECCSISigner(kpakPoint, P256, new SHA256Digest(), signerId.toByteArray());
        v.init(false, new ECCSIPublicKeyParameters(pvt));
        byte[] m = message.toByteArray();
        v.update(m, 0, m.length);
        valid = v.verifySignature(signature.toByteArray());
      } catch (RuntimeException e) {
        valid = false;
      }
      if (!valid) {
        throw new VerificationFailedException("ECCSI signature does not verify (Bouncy Castle)");
      }
    };
  }

  private static final class Signer implements MikeySigner {
    private final ECPoint kpak;
    private final Bytes id;
    private final BigInteger ssk;
    private final ECPoint pvt;
    private final SecureRandom random;

    Signer(ECPoint kpak, Bytes id, BigInteger ssk, ECPoint pvt, SecureRandom random) {
      this.kpak = kpak;
      this.id = id;
      this.ssk = ssk;
      this.pvt = pvt;
      this.random = random;
    }

    @Override
    public Bytes identifier() {
      return id;
    }

    @Override
    public Bytes sign(Bytes message) throws KeyMaterialException {
      ECCSISigner s = new ECCSISigner(kpak, P256, new SHA256Digest(), id.toByteArray());
      s.init(true, new ParametersWithRandom(new ECCSIPrivateKeyParameters(ssk, new ECCSIPublicKeyParameters(pvt)),
          random));
      byte[] m = message.toByteArray();
      s.update(m, 0, m.length);
      try {
        return Bytes.copyOf(s.generateSignature());
      } catch (CryptoException e) {
        throw new KeyMaterialException("Bouncy Castle ECCSI signing failed", e);
      }
    }
  }
}
