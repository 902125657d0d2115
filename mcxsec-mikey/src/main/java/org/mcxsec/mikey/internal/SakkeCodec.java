// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.internal;

import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.mikey.payload.SakkeIdScheme;
import org.mcxsec.mikey.payload.SakkeParams;
import org.mcxsec.mikey.payload.SakkePayload;

/**
 * The SAKKE payload after its next-payload octet (RFC 6509 §4.2):
 * {@code SAKKE params (8) | ID scheme (8) | SAKKE data length (16) | SAKKE data}.
 */
final class SakkeCodec {
  private SakkeCodec() {}

  static SakkePayload read(ByteReader in) throws MalformedMessageException {
    int paramsOffset = in.offset();
    int p = in.u8("SAKKE params");
    SakkeParams params = SakkeParams.find(p).orElseThrow(() -> in.error("SAKKE params " + p + " at offset "
        + paramsOffset + " is not defined; expected 1 (parameter set 1, RFC 6509 §4.2)"));
    int schemeOffset = in.offset();
    int s = in.u8("ID scheme");
    SakkeIdScheme scheme = SakkeIdScheme.find(s).orElseThrow(() -> in.error("ID scheme " + s + " at offset "
        + schemeOffset + " is not defined; expected 1 (RFC 6509 §4.2) or 2 (TS 33.180 E.5)"));
    return new SakkePayload(params, scheme, in.bytes(in.u16("SAKKE data length"), "SAKKE data"));
  }

  static void write(SakkePayload p, ByteWriter out) {
    out.u8(p.params().wire()).u8(p.idScheme().wire()).u16(p.data().size()).bytes(p.data());
  }
}
