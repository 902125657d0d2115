// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.payload;

import java.util.Optional;

/**
 * SRTP security policy parameter types (RFC 3830 §6.10.1, RFC 4771, RFC 7714; types 18 and 19 as TS 33.180 Table
 * E.2-1 uses them). Only names for known types: unknown types stay plain numbers in {@link SecurityPolicyPayload}.
 */
public enum SrtpPolicyType {
  ENCRYPTION_ALGORITHM(0, "Encryption algorithm"),
  SESSION_ENCRYPTION_KEY_LENGTH(1, "Session Encr. key length"),
  AUTHENTICATION_ALGORITHM(2, "Authentication algorithm"),
  SESSION_AUTHENTICATION_KEY_LENGTH(3, "Session Auth. key length"),
  SESSION_SALT_KEY_LENGTH(4, "Session Salt key length"),
  SRTP_PRF(5, "SRTP Pseudo Random Function"),
  KEY_DERIVATION_RATE(6, "Key derivation rate"),
  SRTP_ENCRYPTION(7, "SRTP encryption off/on"),
  SRTCP_ENCRYPTION(8, "SRTCP encryption off/on"),
  FEC_ORDER(9, "sender's FEC order"),
  SRTP_AUTHENTICATION(10, "SRTP authentication off/on"),
  AUTHENTICATION_TAG_LENGTH(11, "Authentication tag length"),
  SRTP_PREFIX_LENGTH(12, "SRTP prefix length"),
  ROC_TRANSMISSION_RATE(13, "ROC transmission rate"),
  SRTP_AUTHENTICATION_TAG_LENGTH(18, "SRTP Authentication tag length"),
  SRTCP_AUTHENTICATION_TAG_LENGTH(19, "SRTCP Authentication tag length"),
  AEAD_AUTHENTICATION_TAG_LENGTH(20, "AEAD authentication tag length");

  private final int wire;
  private final String specName;

  SrtpPolicyType(int wire, String specName) {
    this.wire = wire;
    this.specName = specName;
  }

  public int wire() {
    return wire;
  }

  public String specName() {
    return specName;
  }

  public static Optional<SrtpPolicyType> find(int wire) {
    for (SrtpPolicyType t : values()) {
      if (t.wire == wire) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
