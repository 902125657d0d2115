// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.keyparams;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.mcxsec.crypto.Bytes;

/**
 * One entry of the MC Group IDs IE (TS 33.180 E.6.3): a TLV-E of a 1-octet IEI, a 2-octet length and the group ID.
 * Real messages use IEI {@code 0x7B} (the MCData group ID IEI of TS 24.282 15.2.14).
 *
 * @param iei the information element identifier
 * @param value the group ID octets (a URI)
 */
public record McGroupId(int iei, Bytes value) {
  /** The IEI real messages use. */
  public static final int GROUP_ID_IEI = 0x7B;

  public McGroupId {
    Objects.requireNonNull(value, "value");
    if (iei < 0 || iei > 0xff) {
      throw new IllegalArgumentException("IEI " + iei + " does not fit one octet");
    }
    if (value.size() > 0xffff) {
      throw new IllegalArgumentException("group ID of " + value.size() + " octets exceeds 65535");
    }
  }

  /** A group ID URI with the usual IEI. */
  public static McGroupId of(String groupUri) {
    return new McGroupId(GROUP_ID_IEI, Bytes.copyOf(groupUri.getBytes(StandardCharsets.UTF_8)));
  }

  /** The group ID as text (UTF-8). */
  public String uri() {
    return new String(value.toByteArray(), StandardCharsets.UTF_8);
  }
}
