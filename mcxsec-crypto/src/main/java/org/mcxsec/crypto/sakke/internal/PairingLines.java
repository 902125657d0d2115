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
  private final long[][] slopes;
  private final long[][] constants;

  private PairingLines(long[][] slopes, long[][] constants) {
    this.slopes = slopes;
    this.constants = constants;
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
    long[][] slopes = new long[steps][LIMBS];
    long[][] constants = new long[steps][LIMBS];
    for (int i = 0; i < steps; i++) {
      long[] slope = slopes[i];
      long[] constant = constants[i];
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
      Arrays.fill(cx[i], 0);
      Arrays.fill(cy[i], 0);
      Arrays.fill(cz[i], 0);
      Arrays.fill(den[i], 0);
    }
    Arrays.fill(t, 0);
    return new PairingLines(slopes, constants);
  }

  /**
   * Writes the F_p representative of {@code ⟨K, Q⟩} as 128 octets (RFC 6508 §4).
   *
   * <p>Where a tangent is followed by a chord, the two lines are multiplied first:
   * {@code (l₁ + y·i)(l₂ + y·i) = (l₁l₂ − y²) + y(l₁ + l₂)·i} with {@code y = Q_y}, 4 products, then one general
   * product with v; 7 products instead of 8.
   *
   * @return {@code false} if the Miller value has a = 0, which no Q of order q produces
   */
  public boolean evaluate(byte[] out, AffinePoint q, long[] blind) {
    Scratch w = new Scratch();
    F.sqr(w.ySquared, q.y);
    long[] a = w.a;
    long[] b = w.b;
    System.arraycopy(F.one(), 0, a, 0, LIMBS);
    int s = 0;
    for (int bit = LOOP.bitLength() - 2; bit >= 0; bit--) {
      square(w);
      if (LOOP.testBit(bit)) {
        twoLines(w, s, q);
        s += 2;
      } else {
        line(w.l1, s++, q);
        F.add(w.t3, w.l1, q.y);
        multiply(w, w.l1, q.y, w.t3);
      }
    }
    square(w); // v^4, c = (p + 1)/q = 4
    square(w);
    boolean ok = F.invert(a, a, blind);
    F.mul(b, b, a);
    F.fromMontgomery(b, b);
    MontgomeryField.encode(out, 0, ParameterSet1.FIELD_OCTETS, b);
    w.destroy();
    return ok;
  }

  /** Overwrites the lines with zeros. */
  public void destroy() {
    for (long[] x : slopes) {
      Arrays.fill(x, 0);
    }
    for (long[] x : constants) {
      Arrays.fill(x, 0);
    }
  }

  /** {@code v = (a + b·i)² = (a + b)(a − b) + 2ab·i}. */
  private static void square(Scratch w) {
    F.add(w.t1, w.a, w.b);
    F.sub(w.t2, w.a, w.b);
    F.mul(w.b, w.a, w.b);
    F.add(w.b, w.b, w.b);
    F.mul(w.a, w.t1, w.t2);
  }

  /** {@code l = slope·Q_x + constant} of line {@code step}. */
  private void line(long[] l, int step, AffinePoint q) {
    F.mul(l, slopes[step], q.x);
    F.add(l, l, constants[step]);
  }

  /** {@code v = v · (tangent · chord)} for the lines {@code step} and {@code step + 1}. */
  private void twoLines(Scratch w, int step, AffinePoint q) {
    line(w.l1, step, q);
    line(w.l2, step + 1, q);
    F.add(w.t3, w.l1, w.l2);
    F.mul(w.t3, w.t3, q.y); // y(l₁ + l₂)
    F.mul(w.l1, w.l1, w.l2);
    F.sub(w.l1, w.l1, w.ySquared); // l₁l₂ − y²
    F.add(w.l2, w.l1, w.t3);
    multiply(w, w.l1, w.t3, w.l2);
  }

  /** {@code v = (a + b·i)(c + d·i)}, Karatsuba: 3 products; {@code cPlusD = c + d}. */
  private static void multiply(Scratch w, long[] c, long[] d, long[] cPlusD) {
    F.mul(w.t1, w.a, c); // a·c
    F.mul(w.t2, w.b, d); // b·d
    F.add(w.a, w.a, w.b);
    F.mul(w.b, w.a, cPlusD); // (a + b)(c + d)
    F.sub(w.b, w.b, w.t1);
    F.sub(w.b, w.b, w.t2);
    F.sub(w.a, w.t1, w.t2);
  }

  /** Working values of one evaluation. */
  private static final class Scratch {
    final long[] a = new long[LIMBS];
    final long[] b = new long[LIMBS];
    final long[] l1 = new long[LIMBS];
    final long[] l2 = new long[LIMBS];
    final long[] t1 = new long[LIMBS];
    final long[] t2 = new long[LIMBS];
    final long[] t3 = new long[LIMBS];
    final long[] ySquared = new long[LIMBS];

    void destroy() {
      for (long[] x : new long[][] {a, b, l1, l2, t1, t2, t3, ySquared}) {
        Arrays.fill(x, 0);
      }
    }
  }
}
