// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.testing;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.testkit.Vector;
import org.mcxsec.testkit.VectorFile;

/**
 * An independent check of SAKKE encapsulated data with Bouncy Castle's curve arithmetic and the RFC encodings
 * (never BC's SAKKE classes, which hash minimal two's-complement integers): given the SSV, recompute
 * {@code r = HashToIntegerRange(SSV ‖ b, q)} and {@code R = [r]([b]P + Z)} (RFC 6508 §6.2.1 steps 2–3) and compare.
 * Parameter set 1 comes from the published vector file.
 */
public final class BcSakkeCheck {
  private static final Vector SET1 = VectorFile.load(VectorFile.RFC6508_SAKKE).named("rfc6509-parameter-set-1");
  private static final BigInteger P = new BigInteger(1, SET1.hex("p"));
  private static final BigInteger Q = new BigInteger(1, SET1.hex("q"));
  private static final ECCurve CURVE = new ECCurve.Fp(P, P.subtract(BigInteger.valueOf(3)), BigInteger.ZERO, Q,
      BigInteger.valueOf(4));
  private static final ECPoint GENERATOR = CURVE.createPoint(new BigInteger(1, SET1.hex("px")),
      new BigInteger(1, SET1.hex("py")));

  private BcSakkeCheck() {}

  /** R ‖ (anything) as the RFC computes it for {@code ssv}, {@code id} and {@code zPub}: the 257 octets of R. */
  public static Bytes expectedR(Bytes zPub, Bytes id, Bytes ssv) {
    BigInteger r = hashToIntegerRange(Bytes.concat(ssv, id), Q);
    ECPoint z = CURVE.decodePoint(zPub.toByteArray());
    ECPoint bPplusZ = GENERATOR.multiply(new BigInteger(1, id.toByteArray())).add(z);
    ECPoint big = bPplusZ.multiply(r).normalize();
    return Bytes.concat(Bytes.fromHex("04"), fixed(big.getAffineXCoord().toBigInteger()),
        fixed(big.getAffineYCoord().toBigInteger()));
  }

  /** RFC 6508 §5.1 with SHA-256. */
  static BigInteger hashToIntegerRange(Bytes s, BigInteger n) {
    byte[] a = sha256(s.toByteArray());
    byte[] h = new byte[32];
    int l = (int) Math.ceil(n.bitLength() / 256.0);
    byte[] v = new byte[0];
    for (int i = 1; i <= l; i++) {
      h = sha256(h);
      v = Bytes.concat(Bytes.copyOf(v), Bytes.copyOf(sha256(Bytes.concat(Bytes.copyOf(h), Bytes.copyOf(a))
          .toByteArray()))).toByteArray();
    }
    return new BigInteger(1, v).mod(n);
  }

  private static Bytes fixed(BigInteger x) {
    byte[] b = x.toByteArray();
    byte[] out = new byte[128];
    int n = Math.min(b.length, 128);
    System.arraycopy(b, b.length - n, out, 128 - n, n);
    return Bytes.copyOf(out);
  }

  private static byte[] sha256(byte[] in) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(in);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
