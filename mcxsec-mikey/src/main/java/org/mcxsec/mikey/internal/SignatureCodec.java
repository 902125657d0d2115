// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.internal;

import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.mikey.payload.SignaturePayload;
import org.mcxsec.mikey.payload.SignatureType;

/** The SIGN payload: {@code S type (4) | Signature len (12) | Signature}; no next-payload field (RFC 3830 §6.5). */
final class SignatureCodec {
  private SignatureCodec() {}

  static SignaturePayload read(ByteReader in) throws MalformedMessageException {
    int headerOffset = in.offset();
    int header = in.u16("S type/Signature len");
    int sType = header >>> 12;
    SignatureType type = SignatureType.find(sType).orElseThrow(() -> in.error("S type " + sType + " at offset "
        + headerOffset + " is not defined; expected 0, 1 (RFC 3830 §6.5) or 2 (ECCSI, RFC 6509 §4.3)"));
    return new SignaturePayload(type, in.bytes(header & 0xfff, "Signature"));
  }

  static void write(SignaturePayload p, ByteWriter out) {
    writeHeader(p.sType(), p.signature().size(), out);
    out.bytes(p.signature());
  }

  static void writeHeader(SignatureType type, int signatureOctets, ByteWriter out) {
    if (signatureOctets < 0 || signatureOctets > SignaturePayload.MAX_SIGNATURE_OCTETS) {
      throw new IllegalArgumentException("signature length " + signatureOctets + " does not fit 12 bits");
    }
    out.u16(type.wire() << 12 | signatureOctets);
  }
}
