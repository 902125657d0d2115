// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.internal;

import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.mikey.payload.TimestampPayload;
import org.mcxsec.mikey.payload.TimestampType;

/** The T payload after its next-payload octet: {@code TS type (8) | TS value (64 or 32)} (RFC 3830 §6.6). */
final class TimestampCodec {
  private TimestampCodec() {}

  static TimestampPayload read(ByteReader in) throws MalformedMessageException {
    int typeOffset = in.offset();
    int t = in.u8("TS type");
    TimestampType type = TimestampType.find(t).orElseThrow(() -> in.error("TS type " + t + " at offset "
        + typeOffset + " is not defined; expected 0 (NTP-UTC), 1 (NTP) or 2 (COUNTER) (RFC 3830 §6.6)"));
    return new TimestampPayload(type, in.unsigned(type.valueOctets(), "TS value"));
  }

  static void write(TimestampPayload p, ByteWriter out) {
    out.u8(p.tsType().wire()).unsigned(p.value(), p.tsType().valueOctets());
  }
}
