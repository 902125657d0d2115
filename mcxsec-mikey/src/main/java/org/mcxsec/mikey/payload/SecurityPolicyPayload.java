// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.payload;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mcxsec.crypto.Bytes;

/**
 * The security policy payload SP (RFC 3830 §6.10):
 * {@code next (8) | Policy no (8) | Prot type (8) | Policy param length (16) | {type (8) | length (8) | value}*}.
 * Every parameter is kept in order, including types the codec does not know: whether a profile is acceptable is a
 * policy decision, not a decoding one.
 */
public record SecurityPolicyPayload(int policyNo, ProtocolType protType, List<Param> params) implements MikeyPayload {
  public SecurityPolicyPayload {
    Objects.requireNonNull(protType, "protType");
    params = List.copyOf(params);
    if (policyNo < 0 || policyNo > 0xff) {
      throw new IllegalArgumentException("Policy no " + policyNo + " does not fit one octet");
    }
    int length = 0;
    for (Param p : params) {
      length += 2 + p.value().size();
    }
    if (length > 0xffff) {
      throw new IllegalArgumentException("policy parameters of " + length + " octets exceed 65535");
    }
  }

  @Override
  public PayloadType type() {
    return PayloadType.SP;
  }

  /** The value of the first parameter of {@code type}, if present. */
  public Optional<Bytes> value(int type) {
    return params.stream().filter(p -> p.type() == type).map(Param::value).findFirst();
  }

  /**
   * One policy parameter (RFC 3830 §6.10.1).
   *
   * @param type the parameter type; for SRTP see {@link SrtpPolicyType}
   * @param value the value octets (at most 255)
   */
  public record Param(int type, Bytes value) {
    public Param {
      Objects.requireNonNull(value, "value");
      if (type < 0 || type > 0xff) {
        throw new IllegalArgumentException("policy parameter type " + type + " does not fit one octet");
      }
      if (value.size() > 0xff) {
        throw new IllegalArgumentException("policy parameter " + type + " value of " + value.size()
            + " octets exceeds 255");
      }
    }

    /** A parameter with a one-octet value. */
    public static Param of(SrtpPolicyType type, int value) {
      return new Param(type.wire(), Bytes.copyOf(new byte[] {(byte) value}));
    }
  }
}
