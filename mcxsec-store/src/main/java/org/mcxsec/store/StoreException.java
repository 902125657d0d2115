// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.store;

/**
 * The database failed (unreachable, schema mismatch, I/O). An infrastructure failure rather than bad input, so
 * it is unchecked; the HTTP edge maps it to a 500/503 without details.
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }

  /** True if the database refused a row because its key exists (another writer was first). */
  public boolean isDuplicateKey() {
    return getCause() instanceof java.sql.SQLException s && Database.isDuplicateKey(s);
  }
}
