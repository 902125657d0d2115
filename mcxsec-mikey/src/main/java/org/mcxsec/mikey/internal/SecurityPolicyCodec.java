// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.internal;

import java.util.ArrayList;
import java.util.List;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.mikey.payload.ProtocolType;
import org.mcxsec.mikey.payload.SecurityPolicyPayload;

/**
 * The SP payload after its next-payload octet (RFC 3830 §6.10):
 * {@code Policy no (8) | Prot type (8) | Policy param length (16) | {type (8) | length (8) | value}*}.
 * Parameters are read inside a slice of exactly "Policy param length" octets, so a parameter cannot run past it.
 */
final class SecurityPolicyCodec {
  private SecurityPolicyCodec() {}

  static SecurityPolicyPayload read(ByteReader in) throws MalformedMessageException {
    int policyNo = in.u8("Policy no");
    int protOffset = in.offset();
    int prot = in.u8("Prot type");
    ProtocolType protType = ProtocolType.find(prot).orElseThrow(() -> in.error("Prot type " + prot
        + " at offset " + protOffset + " is not defined; expected 0 (SRTP) (RFC 3830 §6.10)"));
    ByteReader params = in.slice(in.u16("Policy param length"), "Policy param");
    List<SecurityPolicyPayload.Param> list = new ArrayList<>();
    while (params.hasRemaining()) {
      int type = params.u8("policy param type");
      list.add(new SecurityPolicyPayload.Param(type, params.bytes(params.u8("policy param length"),
          "policy param " + type + " value")));
    }
    return new SecurityPolicyPayload(policyNo, protType, list);
  }

  static void write(SecurityPolicyPayload p, ByteWriter out) {
    int length = 0;
    for (SecurityPolicyPayload.Param param : p.params()) {
      length += 2 + param.value().size();
    }
    out.u8(p.policyNo()).u8(p.protType().wire()).u16(length);
    for (SecurityPolicyPayload.Param param : p.params()) {
      out.u8(param.type()).u8(param.value().size()).bytes(param.value());
    }
  }
}
