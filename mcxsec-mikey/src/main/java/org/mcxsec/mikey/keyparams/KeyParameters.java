// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.keyparams;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.mikey.KeyType;
import org.mcxsec.mikey.internal.ByteReader;
import org.mcxsec.mikey.internal.ByteWriter;

/**
 * The Key Parameters payload content (TS 33.180 Table E.6.1-1), the plaintext of the protected payload. In real
 * messages it starts directly with the Key Type octet (TS 33.180 digest Q8):
 *
 * <pre>
 *  Key Type (8) | Status (32) | Activation Time (40) | Expiry Time (40) | Text: length (16) ‖ text |
 *  [ MC Group IDs: length (16) ‖ number of group IDs (8) ‖ { IEI (8) ‖ length (16) ‖ group ID }* ]
 * </pre>
 * The MC Group IDs block is present for group keys and absent for CSK and PCK; "present with no entries" and
 * "absent" are distinct and both seen.
 *
 * @param keyType the Key Type IE (E.6.11)
 * @param status the Status IE (E.6.9), 32 flag bits; see {@code KeyStatusPolicy} for how they are read
 * @param activationTime the Activation Time IE (E.6.4): 40 bits, seconds since 1970 UTC or 0
 * @param expiryTime the Expiry Time IE (E.6.10): 40 bits, seconds since 1970 UTC or 0
 * @param text the Text IE (E.6.5), a human-readable name, as octets
 * @param groupIds the MC Group IDs IE (E.6.3), when present
 */
public record KeyParameters(KeyType keyType, int status, long activationTime, long expiryTime, Bytes text,
    Optional<List<McGroupId>> groupIds) {
  private static final long MAX_TIME = 0xFF_FFFF_FFFFL;

  public KeyParameters {
    Objects.requireNonNull(keyType, "keyType");
    Objects.requireNonNull(text, "text");
    groupIds = groupIds.map(List::copyOf);
    checkTime("Activation Time", activationTime);
    checkTime("Expiry Time", expiryTime);
    if (text.size() > 0xffff) {
      throw new IllegalArgumentException("Text of " + text.size() + " octets exceeds 65535");
    }
    if (groupIds.isPresent()) {
      List<McGroupId> ids = groupIds.get();
      if (ids.size() > 0xff) {
        throw new IllegalArgumentException(ids.size() + " group IDs do not fit the 1-octet count");
      }
      if (groupIdsLength(ids) > 0xffff) {
        throw new IllegalArgumentException("MC Group IDs of " + groupIdsLength(ids) + " octets exceed 65535");
      }
    }
  }

  /** Activation time as an instant; empty when 0 (not set). */
  public Optional<Instant> activation() {
    return activationTime == 0 ? Optional.empty() : Optional.of(Instant.ofEpochSecond(activationTime));
  }

  /** Expiry time as an instant; empty when 0 (no expiry). */
  public Optional<Instant> expiry() {
    return expiryTime == 0 ? Optional.empty() : Optional.of(Instant.ofEpochSecond(expiryTime));
  }

  /** The Text IE as UTF-8. */
  public String textString() {
    return new String(text.toByteArray(), StandardCharsets.UTF_8);
  }

  /**
   * Parses the plaintext.
   *
   * @throws MalformedMessageException naming the IE and offset that do not fit
   */
  public static KeyParameters decode(Bytes plaintext) throws MalformedMessageException {
    ByteReader in = ByteReader.of(plaintext, "key parameters");
    int t = in.u8("Key Type");
    KeyType type = KeyType.find(t).orElseThrow(() -> in.error("Key Type " + t
        + " at offset 0 is not defined; expected 0..6 (TS 33.180 E.6.11)"));
    int status = in.u32("Status");
    long activation = in.unsigned(5, "Activation Time");
    long expiry = in.unsigned(5, "Expiry Time");
    Bytes text = in.bytes(in.u16("Text length"), "Text");
    Optional<List<McGroupId>> groups = Optional.empty();
    if (in.hasRemaining()) {
      ByteReader block = in.slice(in.u16("MC Group IDs length"), "MC Group IDs");
      int count = block.u8("number of group IDs");
      List<McGroupId> ids = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        int iei = block.u8("group ID IEI");
        ids.add(new McGroupId(iei, block.bytes(block.u16("group ID length"), "group ID " + (i + 1))));
      }
      block.requireEnd(count + " group IDs");
      groups = Optional.of(ids);
    }
    in.requireEnd("MC Group IDs");
    return new KeyParameters(type, status, activation, expiry, text, groups);
  }

  /** The plaintext octets. */
  public Bytes encode() {
    ByteWriter out = new ByteWriter(32);
    out.u8(keyType.purposeTag()).u32(status).unsigned(activationTime, 5).unsigned(expiryTime, 5)
        .u16(text.size()).bytes(text);
    groupIds.ifPresent(ids -> {
      out.u16(groupIdsLength(ids)).u8(ids.size());
      for (McGroupId id : ids) {
        out.u8(id.iei()).u16(id.value().size()).bytes(id.value());
      }
    });
    return out.toBytes();
  }

  private static int groupIdsLength(List<McGroupId> ids) {
    int n = 1;
    for (McGroupId id : ids) {
      n += 3 + id.value().size();
    }
    return n;
  }

  private static void checkTime(String field, long t) {
    if (t < 0 || t > MAX_TIME) {
      throw new IllegalArgumentException(field + " " + t + " does not fit 40 bits");
    }
  }
}
