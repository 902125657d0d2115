// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli.client;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import org.mcxsec.crypto.McxException;

/**
 * How a {@code mcxsec client} subcommand fails (design §5): one {@code error=} line naming why, exit 1 for
 * rejected input, refusals and unreachable services, exit 2 for usage errors.
 */
final class ErrorLine {
  static final int REJECTED = 1;
  static final int USAGE = 2;

  private ErrorLine() {}

  /** Prints the error line for {@code e} and returns the exit code. */
  static int print(PrintWriter out, URI url, Exception e) {
    String message;
    int code = REJECTED;
    if (e instanceof McxException) {
      message = e.getMessage();
    } else if (e instanceof IOException) {
      message = "cannot reach " + url + ": " + e.getMessage();
    } else if (e instanceof IllegalArgumentException) {
      message = e.getMessage();
      code = USAGE;
    } else if (e instanceof InterruptedException) {
      message = "interrupted";
      Thread.currentThread().interrupt();
    } else {
      message = "internal error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": "
          + e.getMessage());
    }
    out.println("error=" + (message == null ? e.getClass().getSimpleName() : message.replace('\n', ' ')
        .replace('\r', ' ').strip()));
    out.flush();
    return code;
  }
}
