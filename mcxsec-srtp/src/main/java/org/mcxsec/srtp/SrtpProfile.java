// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The two SRTP protection profiles TS 33.180 §7.5 names, with their key, salt and tag lengths.
 *
 * <p>Both use the AES-CM PRF of RFC 3711 §4.3.3 to derive session keys, with key derivation rate 0.
 */
public enum SrtpProfile {
  /** AES-128 counter mode with an 80-bit HMAC-SHA1 tag (RFC 3711 §4.1.1, §4.2.1; RFC 4568 name). */
  AES_CM_128_HMAC_SHA1_80("aes-cm-128-hmac-sha1-80", 16, 14, 10, false),
  /** AES-128-GCM with a 16-octet tag (RFC 7714 §12; mandatory in TS 33.180 §7.5). */
  AEAD_AES_128_GCM("aead-aes-128-gcm", 16, 12, 16, true);

  private final String cliName;
  private final int masterKeyOctets;
  private final int masterSaltOctets;
  private final int tagOctets;
  private final boolean aead;

  SrtpProfile(String cliName, int masterKeyOctets, int masterSaltOctets, int tagOctets, boolean aead) {
    this.cliName = cliName;
    this.masterKeyOctets = masterKeyOctets;
    this.masterSaltOctets = masterSaltOctets;
    this.tagOctets = tagOctets;
    this.aead = aead;
  }

  /**
   * The profile named {@code name}: the lower-case command-line name ({@code aead-aes-128-gcm}) or the RFC name
   * ({@code AEAD_AES_128_GCM}), case-insensitive.
   *
   * @throws IllegalArgumentException naming the value and the accepted names
   */
  public static SrtpProfile fromName(String name) {
    for (SrtpProfile p : values()) {
      if (p.cliName.equalsIgnoreCase(name) || p.name().equalsIgnoreCase(name)) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown SRTP profile '" + name + "'; expected one of "
        + Arrays.stream(values()).map(p -> p.cliName).collect(Collectors.joining(", ")));
  }

  /** The lower-case name used on the command line and in key logs. */
  public String cliName() {
    return cliName;
  }

  public int masterKeyOctets() {
    return masterKeyOctets;
  }

  public int masterSaltOctets() {
    return masterSaltOctets;
  }

  /** Authentication tag length: 10 octets for HMAC-SHA1-80, 16 for the GCM tag. */
  public int tagOctets() {
    return tagOctets;
  }

  /**
   * Whether this is an AEAD profile. An AEAD profile places the MKI after its tag, outside the AEAD (RFC 7714
   * §8.2, as libsrtp does); RFC 3711 places it before the tag.
   */
  public boolean isAead() {
    return aead;
  }
}
