// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.bench;

import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;

/**
 * RFC 6508 SAKKE the way Bouncy Castle 1.87's SAKKEKEMSGenerator and SAKKEKEMExtractor compute it — BC's curve
 * arithmetic (ECPoint multiply, twice, add, normalize), BigInteger arithmetic in F_p², the pairing with affine
 * points — but hashing the RFC's fixed-length encodings (16-octet SSV, identifier as given, 128-octet g^r), which
 * the BC classes do not (they hash BigInteger.toByteArray()).
 */
final class BouncyCastleSakke implements SakkeAdapter {
  private static final BigInteger P = new BigInteger(
      "997ABB1F0A563FDA65C61198DAD0657A416C0CE19CB48261BE9AE358B3E01A2EF40AAB27E2FC0F1B228730D531A59CB0"
          + "E791B39FF7C88A19356D27F4A666A6D0E26C6487326B4CD4512AC5CD65681CE1B6AFF4A831852A82A7CF3C521C3C09AA"
          + "9F94D6AF56971F1FFCE3E82389857DB080C5DF10AC7ACE87666D807AFEA85FEB", 16);
  private static final BigInteger Q = P.add(BigInteger.ONE).shiftRight(2);
  private static final BigInteger PX = new BigInteger(
      "53FC09EE332C29AD0A7990053ED9B52A2B1A2FD60AEC69C698B2F204B6FF7CBFB5EDB6C0F6CE2308AB10DB9030B09E10"
          + "43D5F22CDB9DFA55718BD9E7406CE8909760AF765DD5BCCB337C86548B72F2E1A702C3397A60DE74A7C1514DBA66910D"
          + "D5CFB4CC80728D87EE9163A5B63F73EC80EC46C4967E0979880DC8ABEAE63895", 16);
  private static final BigInteger PY = new BigInteger(
      "0A8249063F6009F1F9F1F0533634A135D3E82016029906963D778D821E141178F5EA69F4654EC2B9E7F7F5E5F0DE55F6"
          + "6B598CCF9A140B2E416CFF0CA9E032B970DAE117AD547C6CCAD696B5B7652FE0AC6F1E80164AA989492D979FC5A4D5F2"
          + "13515AD7E9CB99A980BDAD5AD5BB4636ADB9B5706A67DCDE75573FD71BEF16D7", 16);
  private static final BigInteger G = new BigInteger(
      "66FC2A432B6EA392148F15867D623068C6A87BD1FB94C41E27FABE658E015A87371E94744C96FEDA449AE9563F8BC446"
          + "CBFDA85D5D00EF577072DA8F541721BEEE0FAED1828EAB90B99DFB0138C7843355DF0460B4A9FD74B4F1A32BCAFA1FFA"
          + "D682C033A7942BCCE3720F20B9B7B0403C8CAE87B7A0042ACDE0FAB36461EA46", 16);
  private static final ECCurve CURVE =
      new ECCurve.Fp(P, BigInteger.valueOf(-3).mod(P), BigInteger.ZERO, Q, BigInteger.valueOf(4));
  private static final ECPoint GENERATOR = CURVE.createPoint(PX, PY);

  private final ECPoint z;
  private final byte[] receiverId;
  private final ECPoint rsk;

  BouncyCastleSakke(byte[] zSecret, byte[] receiverId) {
    BigInteger zz = new BigInteger(1, zSecret);
    this.z = GENERATOR.multiply(zz).normalize();
    this.receiverId = receiverId.clone();
    this.rsk = GENERATOR.multiply(new BigInteger(1, receiverId).add(zz).modInverse(Q)).normalize();
  }

  @Override
  public byte[] encapsulate(byte[] id, byte[] ssv) {
    BigInteger r = hashToIntegerRange(concat(ssv, id), Q); // RFC 6508 §6.2.1 step 2
    ECPoint rbs = ECAlgorithms.multiplySecret(GENERATOR.multiply(new BigInteger(1, id)).add(z), r).normalize();
    BigInteger[] v = {BigInteger.ONE, BigInteger.ZERO}; // step 4a: (1 + g·i)^r in F_p²
    for (int i = r.bitLength() - 1; i >= 0; i--) {
      v = square(v[0], v[1]);
      if (r.testBit(i)) {
        v = multiply(v[0], v[1], BigInteger.ONE, G);
      }
    }
    BigInteger gr = v[1].multiply(BigIntegers.modOddInverse(P, v[0])).mod(P);
    BigInteger mask = hashToIntegerRange(BigIntegers.asUnsignedByteArray(128, gr), BigInteger.ONE.shiftLeft(128));
    byte[] h = BigIntegers.asUnsignedByteArray(16, new BigInteger(1, ssv).xor(mask));
    return concat(rbs.getEncoded(false), h);
  }

  @Override
  public byte[] decapsulate(byte[] sed) {
    ECPoint r = CURVE.decodePoint(Arrays.copyOf(sed, 257)); // checks the point is on the curve
    BigInteger w = pairing(r, rsk); // RFC 6508 §6.2.2 step 2
    BigInteger mask = hashToIntegerRange(BigIntegers.asUnsignedByteArray(128, w), BigInteger.ONE.shiftLeft(128));
    byte[] ssv = BigIntegers.asUnsignedByteArray(16, new BigInteger(1, Arrays.copyOfRange(sed, 257, 273)).xor(mask));
    BigInteger rr = hashToIntegerRange(concat(ssv, receiverId), Q);
    ECPoint test = ECAlgorithms.multiplySecret(GENERATOR.multiply(new BigInteger(1, receiverId)).add(z), rr);
    if (!test.equals(r)) {
      throw new IllegalStateException("SAKKE R check failed");
    }
    return ssv;
  }

  /** The Tate-Lichtenbaum pairing of RFC 6508 §3.2 as SAKKEKEMExtractor.computePairing organises it. */
  private static BigInteger pairing(ECPoint rPoint, ECPoint qPoint) {
    BigInteger[] v = {BigInteger.ONE, BigInteger.ZERO};
    ECPoint c = rPoint;
    BigInteger qx = qPoint.getAffineXCoord().toBigInteger();
    BigInteger qy = qPoint.getAffineYCoord().toBigInteger();
    BigInteger rx = rPoint.getAffineXCoord().toBigInteger();
    BigInteger ry = rPoint.getAffineYCoord().toBigInteger();
    BigInteger loop = Q.subtract(BigInteger.ONE);
    for (int i = loop.bitLength() - 2; i >= 0; i--) {
      BigInteger cx = c.getAffineXCoord().toBigInteger();
      BigInteger cy = c.getAffineYCoord().toBigInteger();
      BigInteger ta = BigInteger.valueOf(3).multiply(cx.multiply(cx).mod(P).subtract(BigInteger.ONE))
          .multiply(qx.add(cx)).subtract(cy.multiply(cy).shiftLeft(1)).mod(P);
      BigInteger tb = cy.shiftLeft(1).multiply(qy).mod(P);
      v = square(v[0], v[1]);
      v = multiply(v[0], v[1], ta, tb);
      c = c.twice().normalize();
      if (loop.testBit(i)) {
        cx = c.getAffineXCoord().toBigInteger();
        cy = c.getAffineYCoord().toBigInteger();
        BigInteger ca = cy.multiply(qx.add(rx)).subtract(ry.multiply(qx.add(cx))).mod(P);
        BigInteger cb = qy.multiply(cx.subtract(rx)).mod(P);
        v = multiply(v[0], v[1], ca, cb);
        c = c.add(rPoint).normalize();
      }
    }
    v = square(v[0], v[1]);
    v = square(v[0], v[1]);
    return v[1].multiply(BigIntegers.modOddInverse(P, v[0])).mod(P);
  }

  private static BigInteger[] square(BigInteger a, BigInteger b) {
    return new BigInteger[] {a.add(b).multiply(a.subtract(b)).mod(P), a.multiply(b).shiftLeft(1).mod(P)};
  }

  private static BigInteger[] multiply(BigInteger a, BigInteger b, BigInteger c, BigInteger d) {
    return new BigInteger[] {a.multiply(c).subtract(b.multiply(d)).mod(P), a.multiply(d).add(b.multiply(c)).mod(P)};
  }

  /** HashToIntegerRange(s, n, SHA-256), RFC 6508 §5.1, with Bouncy Castle's SHA-256. */
  private static BigInteger hashToIntegerRange(byte[] s, BigInteger n) {
    SHA256Digest sha = new SHA256Digest();
    byte[] a = new byte[32];
    sha.update(s, 0, s.length);
    sha.doFinal(a, 0);
    int l = (n.subtract(BigInteger.ONE).bitLength() + 255) / 256;
    byte[] h = new byte[32];
    byte[] v = new byte[32 * l];
    for (int i = 0; i < l; i++) {
      sha.update(h, 0, 32);
      sha.doFinal(h, 0);
      sha.update(h, 0, 32);
      sha.update(a, 0, 32);
      sha.doFinal(v, 32 * i);
    }
    return new BigInteger(1, v).mod(n);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
