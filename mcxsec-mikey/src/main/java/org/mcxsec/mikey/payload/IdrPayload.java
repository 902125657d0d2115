// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.payload;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.mcxsec.crypto.Bytes;

/**
 * The IDR payload, an identity with a role (RFC 6043 §6.6):
 * {@code next (8) | ID Role (8) | ID Type (8) | ID len (16) | ID data}. The ID data is kept exactly as received:
 * real messages carry URIs with or without a scheme, KMS names with a port or a trailing NUL, and binary UIDs.
 */
public record IdrPayload(IdRole role, IdType idType, Bytes data) implements MikeyPayload {
  public IdrPayload {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(idType, "idType");
    Objects.requireNonNull(data, "data");
    if (data.size() > 0xffff) {
      throw new IllegalArgumentException("ID data of " + data.size() + " octets does not fit ID len (at most 65535)");
    }
  }

  /** An IDR carrying {@code uri} as UTF-8 with ID Type URI. */
  public static IdrPayload uri(IdRole role, String uri) {
    return new IdrPayload(role, IdType.URI, Bytes.copyOf(uri.getBytes(StandardCharsets.UTF_8)));
  }

  @Override
  public PayloadType type() {
    return PayloadType.IDR;
  }

  /** The ID data read as UTF-8 (meaningful when it is a URI). */
  public String text() {
    return new String(data.toByteArray(), StandardCharsets.UTF_8);
  }
}
