// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

import java.util.List;
import java.util.Objects;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.mikey.internal.ByteReader;
import org.mcxsec.mikey.internal.HeaderCodec;
import org.mcxsec.mikey.internal.MessageEncoder;
import org.mcxsec.mikey.internal.PayloadChain;
import org.mcxsec.mikey.payload.MikeyPayload;

/**
 * Decodes and encodes MIKEY messages (RFC 3830, RFC 6043, RFC 6509) with the payloads MCX uses (TS 33.180 Annex E).
 * Start reading the module here.
 *
 * <p>A MIKEY message is a common header followed by a chain of payloads. Every payload except SIGN begins with a
 * next-payload octet naming the type of the payload after it; the header's own next-payload field names the first
 * one, 0 ends the chain, and SIGN, which has no such octet, is always last. A GMK I_MESSAGE as TS 33.180 sends it:
 *
 * <pre>
 *  offset  payload                next   content
 *       0  HDR                     T      version 1, data type 26, V 0, PRF func 1, CSB ID = GUK-ID,
 *                                         #CS 1, map type 2 (GENERIC-ID: CS ID 4, SPI = GMK-ID ‖ GUK-ID)
 *      25  T                       RAND   TS type 0 (NTP-UTC), 8-octet NTP time
 *      35  RAND                    IDR    16 octets
 *      53  IDR role 1 (IDRi)       IDR    GMS URI            ┐
 *       …  IDR role 2 (IDRr)       IDR    member URI         │ or roles 8 / 9 carrying 32-octet UIDs
 *       …  IDR role 6 (IDRkmsi)    IDR    GMS's KMS URI      │
 *       …  IDR role 7 (IDRkmsr)    SP     member's KMS URI   ┘
 *       …  SP                      SAKKE  policy 0, SRTP, 9 parameters
 *       …  SAKKE                   EXT    params 1, ID scheme 2, 273 octets R ‖ H
 *       …  General ext. type 7     SIGN   protected key parameters (TS 33.180 E.6)
 *       …  SIGN                    —      S type 2 (ECCSI), 129 octets r ‖ s ‖ PVT
 *          └──────── signed: every octet up to and including the SIGN header ────────┘
 * </pre>
 *
 * <p>Decoding is bounded and strict: the message size, the number of payloads and #CS are checked against
 * {@link MikeyLimits} before anything is allocated for them; every length field is checked against the octets that
 * remain in its enclosing structure; payloads are accepted in any order, but an unknown or unsupported payload
 * type, an undefined code in an enumerated field, and any octet after the end of the chain are rejected with a
 * {@link MalformedMessageException} naming the payload, the field, its offset and the value. Nothing is
 * interpreted beyond the wire format: whether a message is an acceptable I_MESSAGE is decided by the layers
 * above ({@code IMessage}).
 *
 * <p>Encoding is canonical and decoding keeps every field, so {@code encode(decode(m))} returns {@code m} for every
 * message the decoder accepts (and {@link MikeyMessage} enforces it).
 *
 * <p>Thread safety: immutable, safe to share.
 */
public final class MikeyCodec {
  private final MikeyLimits limits;

  public MikeyCodec(MikeyLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** A codec with {@link MikeyLimits#DEFAULT}. */
  public MikeyCodec() {
    this(MikeyLimits.DEFAULT);
  }

  /**
   * Decodes one complete MIKEY message.
   *
   * @throws MalformedMessageException naming the payload, field, offset and value that are not acceptable
   */
  public MikeyMessage decode(Bytes message) throws MalformedMessageException {
    if (message.size() > limits.maxMessageOctets()) {
      throw new MalformedMessageException("MIKEY message of " + message.size() + " octets exceeds the limit of "
          + limits.maxMessageOctets() + " octets");
    }
    ByteReader in = ByteReader.of(message, "MIKEY message");
    HeaderCodec.Read hdr = HeaderCodec.read(in, limits);
    List<MikeyPayload> payloads = PayloadChain.read(in, hdr.nextPayload(), 2, limits);
    if (!MessageEncoder.encode(hdr.header(), payloads).equals(message)) {
      // Unreachable while every field is kept; guards the encode(decode(m)) == m invariant.
      throw new MalformedMessageException("MIKEY message does not re-encode to the same octets");
    }
    return new MikeyMessage(hdr.header(), payloads, message);
  }

  /** The octets of {@code message} (its canonical encoding). */
  public Bytes encode(MikeyMessage message) {
    return message.encoded();
  }

  public MikeyLimits limits() {
    return limits;
  }
}
