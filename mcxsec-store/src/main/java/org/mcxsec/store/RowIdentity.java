// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.store;

import java.nio.charset.StandardCharsets;
import org.mcxsec.crypto.Bytes;

/**
 * Where a sealed value lives: table, column and the row's key. It is the AES-GCM associated data, so a sealed
 * value copied to another row, column or table no longer opens.
 */
public record RowIdentity(String table, String column, String rowKey) {
  /** The associated data: each part length-prefixed so that no two identities encode alike. */
  Bytes associatedData() {
    StringBuilder b = new StringBuilder("mcxsec-sealed-v1");
    for (String part : new String[] {table, column, rowKey}) {
      b.append('|').append(part.length()).append(':').append(part);
    }
    return Bytes.copyOf(b.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return table + "." + column + "[" + rowKey + "]";
  }
}
