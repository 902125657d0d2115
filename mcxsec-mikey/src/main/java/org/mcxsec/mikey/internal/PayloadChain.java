// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.internal;

import java.util.ArrayList;
import java.util.List;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.mikey.MikeyLimits;
import org.mcxsec.mikey.payload.MikeyPayload;
import org.mcxsec.mikey.payload.PayloadType;

/**
 * Walks the next-payload chain after the common header (RFC 3830 §6): each payload names the type of the one that
 * follows, 0 ends the chain, and SIGN, which has no next-payload field, can only be last. Payloads may come in any
 * order; unknown and unsupported types are rejected with their code and offset, and nothing may follow the end of
 * the chain.
 */
public final class PayloadChain {
  private PayloadChain() {}

  /**
   * Reads the payloads of the chain that the header's next-payload field {@code first} starts.
   *
   * @param nextFieldOffset offset of the header's next-payload field, for error messages
   */
  public static List<MikeyPayload> read(ByteReader in, int first, int nextFieldOffset, MikeyLimits limits)
      throws MalformedMessageException {
    List<MikeyPayload> payloads = new ArrayList<>();
    int next = first;
    int namedAt = nextFieldOffset;
    while (next != PayloadType.LAST.wire()) {
      int start = in.offset();
      int code = next;
      int codeAt = namedAt;
      in.context("payload at offset " + start);
      PayloadType type = PayloadType.find(code).orElseThrow(() -> in.error("type " + code
          + " is not a MIKEY payload type (named by the next-payload field at offset " + codeAt + ")"));
      if (!type.supported()) {
        throw in.error("payload type " + code + " (" + type.specName() + ") is not supported in MIKEY-SAKKE "
            + "messages (named by the next-payload field at offset " + namedAt + ")");
      }
      if (payloads.size() == limits.maxPayloads()) {
        throw in.error("more than " + limits.maxPayloads() + " payloads");
      }
      in.context(type.specName() + " payload at offset " + start);
      if (type == PayloadType.SIGN) {
        payloads.add(SignatureCodec.read(in));
        if (in.hasRemaining()) { // RFC 3830 §6.5: SIGN is the last payload
          throw in.error(in.remaining() + " trailing octets after the SIGN payload at offset " + in.offset()
              + " (SIGN is always the last payload, RFC 3830 §6.5)");
        }
        return payloads;
      }
      namedAt = in.offset();
      next = in.u8("next payload");
      payloads.add(readBody(type, in));
    }
    if (in.hasRemaining()) {
      throw new MalformedMessageException(in.remaining() + " trailing octets at offset " + in.offset()
          + " after the last payload (next payload 0 at offset " + namedAt + ")");
    }
    return payloads;
  }

  private static MikeyPayload readBody(PayloadType type, ByteReader in) throws MalformedMessageException {
    return switch (type) {
      case T -> TimestampCodec.read(in);
      case RAND -> RandCodec.read(in);
      case IDR -> IdrCodec.read(in);
      case SP -> SecurityPolicyCodec.read(in);
      case SAKKE -> SakkeCodec.read(in);
      case GENERAL_EXT -> GeneralExtensionCodec.read(in);
      default -> throw new IllegalStateException("no reader for supported payload " + type);
    };
  }
}
