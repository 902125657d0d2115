// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.sakke.internal;

/**
 * The two fixed-base tables every SAKKE party shares, built once on first use: multiples of the generator P and
 * powers of g. Both are immutable.
 *
 * <p>Thread safety: safe; the holder idiom builds each table exactly once.
 */
public final class SakkeTables {
  /**
   * Window width of the P table (and of every other point table): 147 windows of 64 points, 2.4 MiB. Wider
   * windows save additions but every constant-time lookup reads a whole window; width 7 measured fastest, width 8
   * needs 4 MiB.
   */
  public static final int P_WIDTH = 7;
  /** Window width of the g table: 147 windows of 64 elements, 1.2 MiB. */
  public static final int G_WIDTH = 7;

  private SakkeTables() {}

  /** Multiples of P. */
  public static FixedBaseTable p() {
    return PHolder.TABLE;
  }

  /** Powers of g in PF_p. */
  public static PfpPowerTable g() {
    return GHolder.TABLE;
  }

  private static final class PHolder {
    static final FixedBaseTable TABLE = FixedBaseTable.build(AffinePoint.generator(), P_WIDTH);
  }

  private static final class GHolder {
    static final PfpPowerTable TABLE = PfpPowerTable.build(ParameterSet1.G, G_WIDTH);
  }
}
