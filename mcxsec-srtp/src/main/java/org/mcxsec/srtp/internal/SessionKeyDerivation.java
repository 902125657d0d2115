// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * SRTP session key derivation with the AES-CM PRF and key derivation rate 0 (RFC 3711 §4.3.1, §4.3.3;
 * TS 33.180 §7.5).
 *
 * <pre>
 *   r      = index DIV key_derivation_rate = 0          (rate 0)
 *   key_id = label (8 bits) || r (48 bits)
 *   x      = key_id XOR master_salt                      (aligned on the right of the 112-bit salt)
 *   PRF_n(k_m, x) = first n bits of the AES-CM key stream under k_m with IV = x * 2^16
 * </pre>
 *
 * A 12-octet AEAD master salt is padded on the right with two zero octets first (as libsrtp does, which RFC 7714
 * implementations interoperate with).
 *
 * <p>Thread safety: not thread-safe; short-lived.
 */
public final class SessionKeyDerivation implements AutoCloseable {
  /** SRTP encryption key label (RFC 3711 §4.3.2). */
  public static final int SRTP_ENCRYPTION = 0x00;
  /** SRTP authentication key label. */
  public static final int SRTP_AUTHENTICATION = 0x01;
  /** SRTP salting key label. */
  public static final int SRTP_SALT = 0x02;
  /** SRTCP encryption key label. */
  public static final int SRTCP_ENCRYPTION = 0x03;
  /** SRTCP authentication key label. */
  public static final int SRTCP_AUTHENTICATION = 0x04;
  /** SRTCP salting key label. */
  public static final int SRTCP_SALT = 0x05;

  private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

  private final AesCm prf;
  private final byte[] x = new byte[16];

  /** A derivation from {@code masterKey} (16 octets) and {@code masterSalt} (14, or 12 for AEAD profiles). */
  public SessionKeyDerivation(byte[] masterKey, byte[] masterSalt) {
    if (masterSalt.length != 14 && masterSalt.length != 12) {
      throw new IllegalArgumentException("master salt has " + masterSalt.length + " octets; expected 14 or 12");
    }
    prf = new AesCm(masterKey);
    System.arraycopy(masterSalt, 0, x, 0, masterSalt.length);   // x[12..15] stay zero: padding and * 2^16
  }

  /** {@code PRF_n(k_m, x)} for {@code label}, {@code octets} long; the caller wipes the result. */
  public byte[] derive(int label, int octets) {
    if (label < 0 || label > 0xff) {
      throw new IllegalArgumentException("key derivation label " + label + " is not one octet");
    }
    // RFC 3711 §4.3.1: key_id = label || r with r = 0 lands on octet 7 of the 14-octet salt
    x[7] ^= (byte) label;
    long ivHigh = (long) LONG.get(x, 0);
    long ivLow = (long) LONG.get(x, 8);
    x[7] ^= (byte) label;
    byte[] out = new byte[octets];
    prf.keystream(ivHigh, ivLow, out, 0, octets);
    return out;
  }

  @Override
  public void close() {
    Arrays.fill(x, (byte) 0);
    prf.destroy();
  }
}
