// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.internal;

import java.util.List;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.mikey.payload.CommonHeader;
import org.mcxsec.mikey.payload.GeneralExtensionPayload;
import org.mcxsec.mikey.payload.IdrPayload;
import org.mcxsec.mikey.payload.MikeyPayload;
import org.mcxsec.mikey.payload.PayloadType;
import org.mcxsec.mikey.payload.RandPayload;
import org.mcxsec.mikey.payload.SakkePayload;
import org.mcxsec.mikey.payload.SecurityPolicyPayload;
import org.mcxsec.mikey.payload.SignaturePayload;
import org.mcxsec.mikey.payload.SignatureType;
import org.mcxsec.mikey.payload.TimestampPayload;

/**
 * The canonical encoder, the mirror of {@link HeaderCodec} and {@link PayloadChain}: each next-payload field names
 * the type of the payload that follows (0 after the last one), and every length field is the length of what
 * follows it. Decoding keeps every field, so decode followed by encode returns the original octets.
 */
public final class MessageEncoder {
  private MessageEncoder() {}

  /** The octets of a message made of {@code header} and {@code payloads}. */
  public static Bytes encode(CommonHeader header, List<MikeyPayload> payloads) {
    ByteWriter out = new ByteWriter(1024);
    writeUpTo(header, payloads, payloads.size(), out, null);
    return out.toBytes();
  }

  /**
   * The octets a signature covers before the signature exists: the header, {@code payloads} (none of them SIGN),
   * and the SIGN payload's S type / Signature len octets (RFC 3830 §5.2, §6.5).
   */
  public static Bytes encodeToSign(CommonHeader header, List<MikeyPayload> payloads, SignatureType type,
      int signatureOctets) {
    ByteWriter out = new ByteWriter(1024);
    writeUpTo(header, payloads, payloads.size(), out, PayloadType.SIGN);
    SignatureCodec.writeHeader(type, signatureOctets, out);
    return out.toBytes();
  }

  /** The offset of each payload in the encoded message, in order. */
  public static int[] offsets(CommonHeader header, List<MikeyPayload> payloads) {
    ByteWriter out = new ByteWriter(1024);
    HeaderCodec.write(header, payloads.isEmpty() ? 0 : payloads.get(0).type().wire(), out);
    int[] offsets = new int[payloads.size()];
    for (int i = 0; i < payloads.size(); i++) {
      offsets[i] = out.size();
      writePayload(payloads.get(i), nextCode(payloads, i, null), out);
    }
    return offsets;
  }

  private static void writeUpTo(CommonHeader header, List<MikeyPayload> payloads, int count, ByteWriter out,
      PayloadType after) {
    HeaderCodec.write(header, count == 0 ? codeOf(after) : payloads.get(0).type().wire(), out);
    for (int i = 0; i < count; i++) {
      writePayload(payloads.get(i), nextCode(payloads, i, after), out);
    }
  }

  private static int nextCode(List<MikeyPayload> payloads, int i, PayloadType after) {
    return i + 1 < payloads.size() ? payloads.get(i + 1).type().wire() : codeOf(after);
  }

  private static int codeOf(PayloadType type) {
    return type == null ? PayloadType.LAST.wire() : type.wire();
  }

  private static void writePayload(MikeyPayload p, int next, ByteWriter out) {
    if (p instanceof SignaturePayload s) { // RFC 3830 §6.5: no next-payload field
      SignatureCodec.write(s, out);
      return;
    }
    out.u8(next);
    if (p instanceof TimestampPayload t) {
      TimestampCodec.write(t, out);
    } else if (p instanceof RandPayload r) {
      RandCodec.write(r, out);
    } else if (p instanceof IdrPayload i) {
      IdrCodec.write(i, out);
    } else if (p instanceof SecurityPolicyPayload sp) {
      SecurityPolicyCodec.write(sp, out);
    } else if (p instanceof SakkePayload k) {
      SakkeCodec.write(k, out);
    } else if (p instanceof GeneralExtensionPayload g) {
      GeneralExtensionCodec.write(g, out);
    }
  }
}
