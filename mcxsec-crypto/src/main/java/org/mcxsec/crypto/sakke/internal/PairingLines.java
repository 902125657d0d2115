// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.sakke.internal;

import static org.mcxsec.crypto.sakke.internal.MontgomeryField.LIMBS;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The Tate-Lichtenbaum pairing {@code ⟨K, Q⟩} of RFC 6508 §3.2 with the first argument K fixed: the Miller loop's
 * point chain and line functions depend on K alone, so they are computed once, and each pairing only evaluates
 * the lines at {@code ψ(Q) = (−Q_x, i·Q_y)}.
 *
 * <p>RFC 6508 §3.2 multiplies each line by a factor of F_p (2·C_y for a tangent, C_x − K_x for a chord); PF_p
 * ignores such factors, so every line may instead be divided by its own: the tangent at C becomes
 * {@code (λ·Q_x + λ·C_x − C_y) + Q_y·i} with {@code λ = 3(C_x² − 1)/(2·C_y)}, the chord through C and K
 * {@code (μ·Q_x + μ·K_x − K_y) + Q_y·i} with {@code μ = (C_y − K_y)/(C_x − K_x)}. Only the slope and the
 * constant term are stored per line.
 *
 * <pre>
 *   v = 1;  C = K
 *   for each bit of q − 1 below the most significant one:
 *     v = v² · tangent_C(ψ(Q));  C = [2]C
 *     if the bit is 1:  v = v · chord_(C,K)(ψ(Q));  C = C + K
 *   v = v^4  (c = (p + 1)/q);  return v_b / v_a
 * </pre>
 *
 * <p>For parameter set 1 the pairing is symmetric (both points lie in one cyclic group), so a receiver computes
 * {@code ⟨R, RSK⟩ = ⟨RSK, R⟩} with its RSK as K.
 *
 * <p>Security: the lines reveal K; {@link #destroy()} overwrites them. Evaluation does the same work for every Q.
 *
 * <p>Thread safety: immutable after construction, safe to share until {@link #destroy()}.
 */
public final class PairingLines {
  private static final MontgomeryField F = ParameterSet1.FP;
  private static final BigInteger LOOP = ParameterSet1.Q.subtract(BigInteger.ONE);
  private static final int LINE = 2 * LIMBS;

  private final long[] lines;

  private PairingLines(long[] lines) {
    this.lines = lines;
  }

  /**
   * Precomputes the lines of {@code k}, checking on the way that {@code [q − 1]K = −K}, i.e. that K has order q.
   *
   * @throws IllegalArgumentException if K does not have order q
   */
  public static PairingLines precompute(AffinePoint k, long[] blind) {
    int steps = LOOP.bitLength() - 1 + LOOP.bitCount() - 1;
    long[][] cx = new long[steps][];
    long[][] cy = new long[steps][];
    long[][] cz = new long[steps][];
    boolean[] tangent = new boolean[steps];
    // 1. The point chain C, in Jacobian coordinates: the point each line passes through.
    JacobianPoint c = k.toJacobian();
    int s = 0;
    for (int bit = LOOP.bitLength() - 2; bit >= 0; bit--) {
      tangent[s] = true;
      cx[s] = c.x.clone();
      cy[s] = c.y.clone();
      cz[s++] = c.z.clone();
      c.dbl();
      if (LOOP.testBit(bit)) {
        cx[s] = c.x.clone();
        cy[s] = c.y.clone();
        cz[s++] = c.z.clone();
        c.addAffine(k.x, k.y);
      }
    }
    long[] negKy = new long[LIMBS];
    F.neg(negKy, k.y);
    if (!c.equalsAffine(k.x, negKy)) {
      throw new IllegalArgumentException("the point does not have order q: [q − 1]K ≠ −K");
    }
    // 2. Affine chain, then the denominators 2·C_y (tangents) and C_x − K_x (chords), each with one inversion.
    if (!F.invertAll(cz, steps, blind)) {
      throw new IllegalArgumentException("the point does not have order q: the chain meets infinity");
    }
    long[][] den = new long[steps][LIMBS];
    long[] t = new long[LIMBS];
    for (int i = 0; i < steps; i++) {
      F.sqr(t, cz[i]);
      F.mul(cx[i], cx[i], t);
      F.mul(t, t, cz[i]);
      F.mul(cy[i], cy[i], t);
      if (tangent[i]) {
        F.add(den[i], cy[i], cy[i]);
      } else {
        F.sub(den[i], cx[i], k.x);
      }
    }
    if (!F.invertAll(den, steps, blind)) {
      throw new IllegalArgumentException("the point does not have order q: a line is vertical");
    }
    // 3. Slope and constant term of each line.
    long[] lines = new long[steps * LINE];
    long[] slope = new long[LIMBS];
    long[] constant = new long[LIMBS];
    for (int i = 0; i < steps; i++) {
      if (tangent[i]) {
        F.sqr(t, cx[i]);
        F.sub(t, t, F.one());
        F.add(slope, t, t);
        F.add(slope, slope, t);
        F.mul(slope, slope, den[i]); // λ = 3(C_x² − 1)/(2·C_y)
        F.mul(constant, slope, cx[i]);
        F.sub(constant, constant, cy[i]); // λ·C_x − C_y
      } else {
        F.sub(slope, cy[i], k.y);
        F.mul(slope, slope, den[i]); // μ = (C_y − K_y)/(C_x − K_x)
        F.mul(constant, slope, k.x);
        F.sub(constant, constant, k.y); // μ·K_x − K_y
      }
      F.reduce(slope, slope);
      F.reduce(constant, constant);
      System.arraycopy(slope, 0, lines, i * LINE, LIMBS);
      System.arraycopy(constant, 0, lines, i * LINE + LIMBS, LIMBS);
      Arrays.fill(cx[i], 0);
      Arrays.fill(cy[i], 0);
      Arrays.fill(cz[i], 0);
      Arrays.fill(den[i], 0);
    }
    Arrays.fill(slope, 0);
    Arrays.fill(constant, 0);
    Arrays.fill(t, 0);
    return new PairingLines(lines);
  }

  /**
   * Writes the F_p representative of {@code ⟨K, Q⟩} as 128 octets (RFC 6508 §4).
   *
   * @return {@code false} if the Miller value has a = 0, which no Q of order q produces
   */
  public boolean evaluate(byte[] out, AffinePoint q, long[] blind) {
    long[] a = F.one();
    long[] b = new long[LIMBS];
    long[] l = new long[LIMBS];
    long[] t1 = new long[LIMBS];
    long[] t2 = new long[LIMBS];
    long[] t3 = new long[LIMBS];
    int s = 0;
    for (int bit = LOOP.bitLength() - 2; bit >= 0; bit--) {
      square(a, b, t1, t2);
      multiplyByLine(a, b, s++, q, l, t1, t2, t3);
      if (LOOP.testBit(bit)) {
        multiplyByLine(a, b, s++, q, l, t1, t2, t3);
      }
    }
    square(a, b, t1, t2); // v^4
    square(a, b, t1, t2);
    boolean ok = F.invert(a, a, blind);
    F.mul(b, b, a);
    F.fromMontgomery(b, b);
    MontgomeryField.encode(out, 0, ParameterSet1.FIELD_OCTETS, b);
    for (long[] x : new long[][] {a, b, l, t1, t2, t3}) {
      Arrays.fill(x, 0);
    }
    return ok;
  }

  /** Overwrites the lines with zeros. */
  public void destroy() {
    Arrays.fill(lines, 0);
  }

  /** {@code (a + b·i)² = (a + b)(a − b) + 2ab·i}. */
  private static void square(long[] a, long[] b, long[] s, long[] d) {
    F.add(s, a, b);
    F.sub(d, a, b);
    F.mul(b, a, b);
    F.add(b, b, b);
    F.mul(a, s, d);
  }

  /** {@code (a + b·i)·(l + Q_y·i)} with {@code l = slope·Q_x + constant}, Karatsuba: 3 products. */
  private void multiplyByLine(long[] a, long[] b, int step, AffinePoint q, long[] l, long[] t1, long[] t2,
      long[] t3) {
    int off = step * LINE;
    long[] slope = new long[LIMBS];
    System.arraycopy(lines, off, slope, 0, LIMBS);
    F.mul(l, slope, q.x);
    System.arraycopy(lines, off + LIMBS, slope, 0, LIMBS);
    F.add(l, l, slope);
    F.mul(t1, a, l); // a·l
    F.mul(t2, b, q.y); // b·Q_y
    F.add(t3, a, b);
    F.add(l, l, q.y);
    F.mul(t3, t3, l); // (a + b)(l + Q_y)
    F.sub(a, t1, t2);
    F.sub(b, t3, t1);
    F.sub(b, b, t2);
  }
}
