// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.keyparams;

import java.util.Objects;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.mikey.internal.ByteReader;
import org.mcxsec.mikey.internal.ByteWriter;

/**
 * The MCData protected payload (TS 33.180 8.5.4) that carries the key parameters in a general extension of type 7
 * (E.6.1). Layout, verified by decrypting real messages from two vendors (TS 33.180 digest §3.5):
 *
 * <pre>
 *  0      message type (8)             0x43 or 0x40
 *  1..5   date and time (40)           seconds since 1970 UTC, or a dummy 1
 *  6..9   payload ID (32)              0 (ignored)
 *  10     payload sequence number (8)  0 (ignored)
 *  11     payload algorithm (8)        1 = AEAD_AES_128_GCM
 *  12..27 IV (128)
 *  28..31 DPPK-ID (32)                 = the CSB ID of the MIKEY message
 *  ─────── octets 0..31 are the AES-GCM additional data ───────
 *  32     payload type (8)             0x00
 *  33..34 payload length n (16)
 *  35..   ciphertext ‖ 16-octet tag    (n octets)
 * </pre>
 *
 * @param ciphertext the GCM ciphertext followed by its 16-octet tag
 */
public record ProtectedPayload(int messageType, long dateTime, int payloadId, int payloadSequenceNumber,
    int payloadAlgorithm, Bytes iv, int dppkId, int payloadType, Bytes ciphertext) {
  /** Octets before the ciphertext. */
  public static final int HEADER_OCTETS = 35;
  /** Octets covered as additional data (header up to and including the DPPK-ID). */
  public static final int AAD_OCTETS = 32;
  /** The GCM tag length. */
  public static final int TAG_OCTETS = 16;
  /** The shortest protected payload: a header and a tag. */
  public static final int MIN_OCTETS = HEADER_OCTETS + TAG_OCTETS;
  /** Payload algorithm AEAD_AES_128_GCM. */
  public static final int AEAD_AES_128_GCM = 1;
  /** IV length. */
  public static final int IV_OCTETS = 16;

  public ProtectedPayload {
    Objects.requireNonNull(iv, "iv");
    Objects.requireNonNull(ciphertext, "ciphertext");
    checkOctet("message type", messageType);
    checkOctet("payload sequence number", payloadSequenceNumber);
    checkOctet("payload algorithm", payloadAlgorithm);
    checkOctet("payload type", payloadType);
    if (dateTime < 0 || dateTime > 0xFF_FFFF_FFFFL) {
      throw new IllegalArgumentException("date and time " + dateTime + " does not fit 40 bits");
    }
    if (iv.size() != IV_OCTETS) {
      throw new IllegalArgumentException("IV of " + iv.size() + " octets; expected 16");
    }
    if (ciphertext.size() < TAG_OCTETS || ciphertext.size() > 0xffff) {
      throw new IllegalArgumentException("ciphertext of " + ciphertext.size() + " octets is outside [16, 65535]");
    }
  }

  /**
   * Parses the protected payload layout.
   *
   * @throws MalformedMessageException if {@code data} does not follow it
   */
  public static ProtectedPayload decode(Bytes data) throws MalformedMessageException {
    if (data.size() < MIN_OCTETS) {
      throw new MalformedMessageException("protected payload of " + data.size() + " octets is shorter than the "
          + MIN_OCTETS + " octets of a 35-octet header and a 16-octet tag (TS 33.180 8.5.4)");
    }
    ByteReader in = ByteReader.of(data, "protected payload");
    int messageType = in.u8("message type");
    long dateTime = in.unsigned(5, "date and time");
    int payloadId = in.u32("payload ID");
    int sequence = in.u8("payload sequence number");
    int algorithm = in.u8("payload algorithm");
    Bytes iv = in.bytes(IV_OCTETS, "IV");
    int dppkId = in.u32("DPPK-ID");
    int payloadType = in.u8("payload type");
    int length = in.u16("payload length");
    if (length != in.remaining()) {
      throw in.error("payload length " + length + " at offset 33 does not match the " + in.remaining()
          + " octets that follow");
    }
    if (length < TAG_OCTETS) {
      throw in.error("payload length " + length + " is shorter than the 16-octet tag");
    }
    return new ProtectedPayload(messageType, dateTime, payloadId, sequence, algorithm, iv, dppkId, payloadType,
        in.bytes(length, "payload"));
  }

  /** The octets of this payload, the data of a type-7 general extension. */
  public Bytes encode() {
    ByteWriter out = new ByteWriter(HEADER_OCTETS + ciphertext.size());
    writeAad(out);
    out.u8(payloadType).u16(ciphertext.size()).bytes(ciphertext);
    return out.toBytes();
  }

  /** Octets 0..31, the AES-GCM additional data. */
  public Bytes aad() {
    ByteWriter out = new ByteWriter(AAD_OCTETS);
    writeAad(out);
    return out.toBytes();
  }

  private void writeAad(ByteWriter out) {
    out.u8(messageType).unsigned(dateTime, 5).u32(payloadId).u8(payloadSequenceNumber).u8(payloadAlgorithm)
        .bytes(iv).u32(dppkId);
  }

  private static void checkOctet(String field, int v) {
    if (v < 0 || v > 0xff) {
      throw new IllegalArgumentException(field + " " + v + " does not fit one octet");
    }
  }
}
