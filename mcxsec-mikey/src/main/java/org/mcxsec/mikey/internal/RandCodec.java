// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.internal;

import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.mikey.payload.RandPayload;

/** The RAND payload after its next-payload octet: {@code RAND len (8) | RAND} (RFC 3830 §6.11). */
final class RandCodec {
  private RandCodec() {}

  static RandPayload read(ByteReader in) throws MalformedMessageException {
    return new RandPayload(in.bytes(in.u8("RAND len"), "RAND"));
  }

  static void write(RandPayload p, ByteWriter out) {
    out.u8(p.rand().size()).bytes(p.rand());
  }
}
