// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

/**
 * Caps that bound the work and memory of one decode; each is checked before anything is allocated for it.
 *
 * <p>Real MIKEY-SAKKE I_MESSAGEs are 561–718 octets with 9–12 payloads and at most 2 crypto sessions (TS 33.180
 * digest §11); a SAKKE-to-self extension adds about 280 octets. {@link #DEFAULT} leaves ample room above that.
 *
 * @param maxMessageOctets the largest message accepted, in [64, 65535]
 * @param maxPayloads the most payloads after the common header, in [1, 255]
 * @param maxCryptoSessions the largest #CS accepted in the common header, in [0, 255]
 */
public record MikeyLimits(int maxMessageOctets, int maxPayloads, int maxCryptoSessions) {
  /** 8192 octets, 32 payloads, 16 crypto sessions. */
  public static final MikeyLimits DEFAULT = new MikeyLimits(8192, 32, 16);

  public MikeyLimits {
    if (maxMessageOctets < 64 || maxMessageOctets > 65_535) {
      throw new IllegalArgumentException("maxMessageOctets " + maxMessageOctets + " is outside [64, 65535]");
    }
    if (maxPayloads < 1 || maxPayloads > 255) {
      throw new IllegalArgumentException("maxPayloads " + maxPayloads + " is outside [1, 255]");
    }
    if (maxCryptoSessions < 0 || maxCryptoSessions > 255) {
      throw new IllegalArgumentException("maxCryptoSessions " + maxCryptoSessions + " is outside [0, 255]");
    }
  }
}
