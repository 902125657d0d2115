// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.internal;

import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.mikey.payload.GeneralExtensionPayload;
import org.mcxsec.mikey.payload.KeyParametersExtension;
import org.mcxsec.mikey.payload.OtherExtension;
import org.mcxsec.mikey.payload.SakkeToSelfExtension;

/**
 * The general extension payload after its next-payload octet: {@code Type (8) | Length (16) | Data}
 * (RFC 3830 §6.15). Type 6 (TS 33.180 E.5) must hold exactly one complete SAKKE payload; type 7 and any other type
 * are kept as octets.
 */
final class GeneralExtensionCodec {
  private GeneralExtensionCodec() {}

  static GeneralExtensionPayload read(ByteReader in) throws MalformedMessageException {
    int type = in.u8("Type");
    int length = in.u16("Length");
    if (type == GeneralExtensionPayload.SAKKE_TO_SELF) {
      ByteReader data = in.slice(length, "Data");
      String outer = data.context();
      data.context(outer + ", SAKKE-to-self SAKKE payload at offset " + data.offset());
      int innerNext = data.u8("next payload");
      var sakke = SakkeCodec.read(data);
      data.requireEnd("the SAKKE payload (TS 33.180 E.5: the extension holds one SAKKE payload)");
      return new SakkeToSelfExtension(innerNext, sakke);
    }
    Bytes data = in.bytes(length, "Data");
    if (type == GeneralExtensionPayload.KEY_PARAMETERS) {
      return new KeyParametersExtension(data);
    }
    return new OtherExtension(type, data);
  }

  static void write(GeneralExtensionPayload p, ByteWriter out) {
    out.u8(p.extensionType());
    if (p instanceof SakkeToSelfExtension s) {
      out.u16(5 + s.sakke().data().size()).u8(s.innerNextPayload());
      SakkeCodec.write(s.sakke(), out);
    } else if (p instanceof KeyParametersExtension k) {
      out.u16(k.data().size()).bytes(k.data());
    } else if (p instanceof OtherExtension o) {
      out.u16(o.data().size()).bytes(o.data());
    }
  }
}
