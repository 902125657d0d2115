// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.sakke.internal;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * A plain RFC 6508 implementation for differential tests: BigInteger arithmetic, affine points, the pairing loop
 * exactly as RFC 6508 §3.2 writes it (line factors in F_p kept), g^r by square-and-multiply in F_p², generic
 * HashToIntegerRange. Slow (tens of milliseconds per operation) and variable time; never for production.
 */
public final class SakkeReference {
  public static final BigInteger P = ParameterSet1.P;
  public static final BigInteger Q = ParameterSet1.Q;
  public static final Point GENERATOR = new Point(ParameterSet1.PX, ParameterSet1.PY);
  public static final BigInteger G = ParameterSet1.G;
  private static final BigInteger THREE = BigInteger.valueOf(3);

  private SakkeReference() {}

  /** An affine point; {@code null} stands for the point at infinity. */
  public record Point(BigInteger x, BigInteger y) {
    public byte[] encode() {
      byte[] out = new byte[257];
      out[0] = 4;
      put(out, 1, x);
      put(out, 129, y);
      return out;
    }

    public static Point decode(byte[] b) {
      return new Point(new BigInteger(1, Arrays.copyOfRange(b, 1, 129)),
          new BigInteger(1, Arrays.copyOfRange(b, 129, 257)));
    }

    public boolean onCurve() {
      return y.pow(2).mod(P).equals(x.pow(3).subtract(THREE.multiply(x)).mod(P));
    }
  }

  public static Point add(Point a, Point b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    BigInteger lambda;
    if (a.x.equals(b.x)) {
      if (a.y.add(b.y).mod(P).signum() == 0) {
        return null;
      }
      lambda = THREE.multiply(a.x.pow(2).subtract(BigInteger.ONE))
          .multiply(a.y.shiftLeft(1).modInverse(P)).mod(P);
    } else {
      lambda = b.y.subtract(a.y).multiply(b.x.subtract(a.x).modInverse(P)).mod(P);
    }
    BigInteger x3 = lambda.pow(2).subtract(a.x).subtract(b.x).mod(P);
    BigInteger y3 = lambda.multiply(a.x.subtract(x3)).subtract(a.y).mod(P);
    return new Point(x3, y3);
  }

  public static Point multiply(Point base, BigInteger k) {
    Point acc = null;
    for (int i = k.bitLength() - 1; i >= 0; i--) {
      acc = add(acc, acc);
      if (k.testBit(i)) {
        acc = add(acc, base);
      }
    }
    return acc;
  }

  /** ⟨R, Q⟩ per RFC 6508 §3.2, returned as the F_p representative b/a. */
  public static BigInteger pairing(Point r, Point q) {
    BigInteger[] v = {BigInteger.ONE, BigInteger.ZERO};
    Point c = r;
    BigInteger loop = Q.subtract(BigInteger.ONE);
    for (int i = loop.bitLength() - 2; i >= 0; i--) {
      BigInteger ta = THREE.multiply(c.x.pow(2).subtract(BigInteger.ONE)).multiply(q.x.add(c.x))
          .subtract(c.y.pow(2).shiftLeft(1));
      BigInteger tb = c.y.shiftLeft(1).multiply(q.y);
      v = mulFp2(mulFp2(v, v), new BigInteger[] {ta.mod(P), tb.mod(P)});
      c = add(c, c);
      if (loop.testBit(i)) {
        BigInteger ca = c.y.multiply(q.x.add(r.x)).subtract(r.y.multiply(q.x.add(c.x)));
        BigInteger cb = q.y.multiply(c.x.subtract(r.x));
        v = mulFp2(v, new BigInteger[] {ca.mod(P), cb.mod(P)});
        c = add(c, r);
      }
    }
    v = mulFp2(v, v);
    v = mulFp2(v, v);
    return v[1].multiply(v[0].modInverse(P)).mod(P);
  }

  /** g^r in PF_p: (1 + g·i)^r by square-and-multiply in F_p², then b/a (RFC 6508 §6.2.1 step 4a). */
  public static BigInteger power(BigInteger g, BigInteger r) {
    BigInteger[] base = {BigInteger.ONE, g};
    BigInteger[] acc = {BigInteger.ONE, BigInteger.ZERO};
    for (int i = r.bitLength() - 1; i >= 0; i--) {
      acc = mulFp2(acc, acc);
      if (r.testBit(i)) {
        acc = mulFp2(acc, base);
      }
    }
    return acc[1].multiply(acc[0].modInverse(P)).mod(P);
  }

  static BigInteger[] mulFp2(BigInteger[] x, BigInteger[] y) {
    return new BigInteger[] {
      x[0].multiply(y[0]).subtract(x[1].multiply(y[1])).mod(P),
      x[0].multiply(y[1]).add(x[1].multiply(y[0])).mod(P)
    };
  }

  /** HashToIntegerRange(s, n, SHA-256), RFC 6508 §5.1, for any n > 1. */
  public static BigInteger hashToIntegerRange(byte[] s, BigInteger n) {
    int lgN = n.subtract(BigInteger.ONE).bitLength(); // ceil(lg n) for n > 1
    int l = (lgN + 255) / 256;
    MessageDigest sha = sha256();
    byte[] a = sha.digest(s);
    byte[] h = new byte[32];
    byte[] v = new byte[0];
    for (int i = 1; i <= l; i++) {
      h = sha.digest(h);
      sha.update(h);
      sha.update(a);
      byte[] vi = sha.digest();
      byte[] nv = Arrays.copyOf(v, v.length + 32);
      System.arraycopy(vi, 0, nv, v.length, 32);
      v = nv;
    }
    return new BigInteger(1, v).mod(n);
  }

  /** RFC 6508 §6.2.1: R ‖ H for the SSV (16 octets) and identifier b under the KMS public key Z. */
  public static byte[] encapsulate(Point z, byte[] id, byte[] ssv) {
    BigInteger r = hashToIntegerRange(concat(ssv, id), Q);
    Point qb = add(multiply(GENERATOR, new BigInteger(1, id)), z);
    Point rbs = multiply(qb, r);
    BigInteger gr = power(G, r);
    BigInteger mask = hashToIntegerRange(fixed(gr, 128), BigInteger.ONE.shiftLeft(128));
    byte[] h = fixed(new BigInteger(1, ssv).xor(mask), 16);
    return concat(rbs.encode(), h);
  }

  /** RFC 6508 §6.2.2: the SSV, or {@code null} if the R check fails. */
  public static byte[] decapsulate(Point z, byte[] id, Point rsk, byte[] sed) {
    Point r = Point.decode(Arrays.copyOf(sed, 257));
    BigInteger w = pairing(r, rsk);
    BigInteger mask = hashToIntegerRange(fixed(w, 128), BigInteger.ONE.shiftLeft(128));
    byte[] ssv = fixed(new BigInteger(1, Arrays.copyOfRange(sed, 257, 273)).xor(mask), 16);
    BigInteger rr = hashToIntegerRange(concat(ssv, id), Q);
    Point test = multiply(add(multiply(GENERATOR, new BigInteger(1, id)), z), rr);
    return r.equals(test) ? ssv : null;
  }

  public static byte[] fixed(BigInteger v, int len) {
    byte[] out = new byte[len];
    put(out, 0, v, len);
    return out;
  }

  static void put(byte[] out, int off, BigInteger v) {
    put(out, off, v, 128);
  }

  private static void put(byte[] out, int off, BigInteger v, int len) {
    byte[] b = v.toByteArray();
    int n = Math.min(b.length, len);
    System.arraycopy(b, b.length - n, out, off + len - n, n);
  }

  public static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
