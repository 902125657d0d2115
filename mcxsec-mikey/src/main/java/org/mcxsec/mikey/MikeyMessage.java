// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.mikey.internal.MessageEncoder;
import org.mcxsec.mikey.payload.CommonHeader;
import org.mcxsec.mikey.payload.MikeyPayload;
import org.mcxsec.mikey.payload.SignaturePayload;
import org.mcxsec.mikey.payload.SignatureType;

/**
 * A MIKEY message: the common header, the payload chain in wire order, and the octets on the wire.
 *
 * <p>The three always agree: the constructor checks that {@code encoded} is the canonical encoding of the header
 * and payloads, so the signed octets of a decoded message are exactly the octets that were received. Build new
 * messages with {@link #of}; {@link MikeyCodec#decode} returns received ones.
 *
 * <p>Thread safety: immutable.
 *
 * @param header the common header HDR
 * @param payloads the payloads after HDR, in order; a SIGN payload can only be last (RFC 3830 §6.5)
 * @param encoded the message octets
 */
public record MikeyMessage(CommonHeader header, List<MikeyPayload> payloads, Bytes encoded) {
  public MikeyMessage {
    Objects.requireNonNull(header, "header");
    payloads = List.copyOf(payloads);
    Objects.requireNonNull(encoded, "encoded");
    for (int i = 0; i + 1 < payloads.size(); i++) {
      if (payloads.get(i) instanceof SignaturePayload) {
        throw new IllegalArgumentException("SIGN payload at position " + i + " of " + payloads.size()
            + "; it must be last (RFC 3830 §6.5)");
      }
    }
    if (!MessageEncoder.encode(header, payloads).equals(encoded)) {
      throw new IllegalArgumentException("encoded octets are not the encoding of the header and payloads");
    }
  }

  /** The message made of {@code header} and {@code payloads}, encoded canonically. */
  public static MikeyMessage of(CommonHeader header, List<MikeyPayload> payloads) {
    return new MikeyMessage(header, payloads, MessageEncoder.encode(header, payloads));
  }

  /**
   * The octets a signer signs before the SIGN payload exists: the header, {@code unsignedPayloads} and the two
   * octets of the SIGN payload's S type / Signature len (RFC 3830 §5.2; all verified MCX messages, TS 33.180
   * digest §11). Appending the signature to these octets gives the encoded message.
   */
  public static Bytes octetsToSign(CommonHeader header, List<MikeyPayload> unsignedPayloads, SignatureType type,
      int signatureOctets) {
    for (MikeyPayload p : unsignedPayloads) {
      if (p instanceof SignaturePayload) {
        throw new IllegalArgumentException("the payloads to sign already contain a SIGN payload");
      }
    }
    return MessageEncoder.encodeToSign(header, List.copyOf(unsignedPayloads), type, signatureOctets);
  }

  /** The SIGN payload, when the message ends with one. */
  public Optional<SignaturePayload> signature() {
    return payloads.isEmpty() || !(payloads.get(payloads.size() - 1) instanceof SignaturePayload s)
        ? Optional.empty() : Optional.of(s);
  }

  /**
   * The octets the signature covers: every octet before the signature value, including the SIGN payload's S type /
   * Signature len octets (RFC 3830 §5.2). Without a SIGN payload: the whole message.
   */
  public Bytes signedOctets() {
    return encoded.slice(0, encoded.size() - signature().map(s -> s.signature().size()).orElse(0));
  }

  /**
   * The coverage some implementations sign instead: {@link #signedOctets()} without the SIGN payload's two header
   * octets (TS 33.180 digest §10 step 4, a fallback for interoperability only). Without a SIGN payload: empty.
   */
  public Optional<Bytes> signedOctetsWithoutSignHeader() {
    return signature().map(s -> encoded.slice(0, encoded.size() - s.signature().size()
        - SignaturePayload.HEADER_OCTETS));
  }

  /** The payloads of type {@code type}, in order. */
  public <T extends MikeyPayload> List<T> payloadsOf(Class<T> type) {
    return payloads.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** The offset of each payload in {@link #encoded()}, in order. */
  public int[] payloadOffsets() {
    return MessageEncoder.offsets(header, payloads);
  }
}
