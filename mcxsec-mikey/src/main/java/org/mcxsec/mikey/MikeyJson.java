// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

import org.mcxsec.mikey.internal.JsonWriter;
import org.mcxsec.mikey.internal.MessageJson;
import org.mcxsec.mikey.internal.OpenedKeyJson;

/**
 * JSON views for tools ({@code mcxsec mikey decode}): every field of a decoded message under the snake_case form of
 * its spec name (RFC 3830, RFC 6043, RFC 6509, TS 33.180 E.6), codes with their spec names beside them, octets as
 * lower-case hex, and the offset of every payload. The type-7 extension is shown with its protected-payload header
 * (or why it is not one); its content needs the key and is not shown.
 *
 * <p>{@link #opened} renders a key recovered by {@link IMessageOpener} for {@code mcxsec mikey open}, key included.
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

  /**
   * {@code key} for {@code mcxsec mikey open} (design §5), as one line of JSON: {@code keyType}, {@code key},
   * {@code keyId}, {@code csbId}, {@code rand}, {@code csId}, {@code status}, {@code activationTime},
   * {@code expiryTime}, {@code text}, {@code groupIds}, {@code signer}, and how the message was opened.
   *
   * <p>Security: the output contains the key in hex.
   */
  public static String opened(OpenedKey key) {
    JsonWriter w = new JsonWriter(false);
    OpenedKeyJson.write(key, w);
    return w.toString();
  }
}
