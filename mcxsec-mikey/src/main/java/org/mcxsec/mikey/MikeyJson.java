// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

import org.mcxsec.mikey.internal.JsonWriter;
import org.mcxsec.mikey.internal.MessageJson;

/**
 * JSON views for tools ({@code mcxsec mikey decode}): every field of a decoded message under the snake_case form of
 * its spec name (RFC 3830, RFC 6043, RFC 6509, TS 33.180 E.6), codes with their spec names beside them, octets as
 * lower-case hex, and the offset of every payload. The type-7 extension is shown with its protected-payload header
 * (or why it is not one); its content needs the key and is not shown.
 *
 * <p>Thread safety: stateless.
 */
public final class MikeyJson {
  private MikeyJson() {}

  /** {@code message} as one line of JSON. */
  public static String decoded(MikeyMessage message) {
    return decoded(message, false);
  }

  /** {@code message} as JSON, indented when {@code pretty}. */
  public static String decoded(MikeyMessage message, boolean pretty) {
    JsonWriter w = new JsonWriter(pretty);
    MessageJson.write(message, w);
    return w.toString();
  }
}
