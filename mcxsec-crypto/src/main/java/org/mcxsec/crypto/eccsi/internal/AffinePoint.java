// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.eccsi.internal;

import org.mcxsec.crypto.KeyMaterialException;

/**
 * A P-256 point other than the point at infinity, in affine coordinates (Montgomery form), known to be on the
 * curve y² = x³ - 3x + b. Immutable: the coordinate arrays are never written after construction.
 *
 * <p>Encoding is the uncompressed form 0x04 ‖ x ‖ y of SEC 1 §2.3.3, as RFC 6507 §3.3 uses for KPAK and PVT.
 */
public final class AffinePoint {
  /** Octets of an uncompressed encoding. */
  public static final int ENCODED_OCTETS = 65;

  final long[] x;
  final long[] y;

  AffinePoint(long[] x, long[] y) {
    this.x = x;
    this.y = y;
  }

  /**
   * Decodes {@code enc} (0x04 ‖ x ‖ y) and checks it: length, prefix, both coordinates below p, on the curve.
   * The point at infinity has no 65-octet encoding; (0, 0), which some encoders use for it, is rejected.
   *
   * @param what names the value in the message, for example "PVT"
   * @throws KeyMaterialException naming {@code what} and the check that failed
   */
  public static AffinePoint decode(byte[] enc, String what) throws KeyMaterialException {
    if (enc.length != ENCODED_OCTETS) {
      throw new KeyMaterialException(what + " is " + enc.length + " octets, expected 65 (0x04 || x || y)");
    }
    if (enc[0] != 0x04) {
      throw new KeyMaterialException(String.format(
          "%s starts with 0x%02x, expected 0x04 (uncompressed point)", what, enc[0] & 0xff));
    }
    if (!P256Field.isCanonicalEncoding(enc, 1)) {
      throw new KeyMaterialException(what + " x coordinate is not less than p");
    }
    if (!P256Field.isCanonicalEncoding(enc, 33)) {
      throw new KeyMaterialException(what + " y coordinate is not less than p");
    }
    boolean allZero = true;
    for (int i = 1; i < ENCODED_OCTETS; i++) {
      allZero &= enc[i] == 0;
    }
    if (allZero) {
      throw new KeyMaterialException(what + " is (0, 0), an encoding of the point at infinity, not a curve point");
    }
    long[] x = new long[5];
    long[] y = new long[5];
    P256Field.fromOctets(x, enc, 1);
    P256Field.fromOctets(y, enc, 33);
    if (!P256.isOnCurve(x, y)) {
      throw new KeyMaterialException(what + " is not a point on the curve P-256");
    }
    return new AffinePoint(x, y);
  }

  /** 0x04 ‖ x ‖ y. */
  public byte[] encode() {
    byte[] out = new byte[ENCODED_OCTETS];
    out[0] = 0x04;
    P256Field.toOctets(x, out, 1);
    P256Field.toOctets(y, out, 33);
    return out;
  }

  /** The affine x coordinate as 32 big-endian octets. */
  public byte[] xOctets() {
    byte[] out = new byte[32];
    P256Field.toOctets(x, out, 0);
    return out;
  }
}
