// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.internal;

import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.mikey.payload.IdRole;
import org.mcxsec.mikey.payload.IdType;
import org.mcxsec.mikey.payload.IdrPayload;

/**
 * The IDR payload after its next-payload octet: {@code ID Role (8) | ID Type (8) | ID len (16) | ID data}
 * (RFC 6043 §6.6; roles 8 and 9 from TS 33.180 E.7).
 */
final class IdrCodec {
  private IdrCodec() {}

  static IdrPayload read(ByteReader in) throws MalformedMessageException {
    int roleOffset = in.offset();
    int r = in.u8("ID Role");
    IdRole role = IdRole.find(r).orElseThrow(() -> in.error("ID Role " + r + " at offset " + roleOffset
        + " is not defined; expected 1..7 (RFC 6043 §6.6) or 8..9 (TS 33.180 E.7)"));
    int typeOffset = in.offset();
    int t = in.u8("ID Type");
    IdType type = IdType.find(t).orElseThrow(() -> in.error("ID Type " + t + " at offset " + typeOffset
        + " is not defined; expected 0 (NAI), 1 (URI) or 2 (byte string)"));
    return new IdrPayload(role, type, in.bytes(in.u16("ID len"), "ID data"));
  }

  static void write(IdrPayload p, ByteWriter out) {
    out.u8(p.role().wire()).u8(p.idType().wire()).u16(p.data().size()).bytes(p.data());
  }
}
