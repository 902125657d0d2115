// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli;

import java.io.PrintWriter;

/**
 * A long-running or streaming subcommand ({@code batch}, {@code serve}, {@code demo}, {@code client}) that
 * writes its own output and returns an exit code. It must map its own exceptions to one-line messages.
 */
public interface RunnableCommand {
  int run(PrintWriter out, PrintWriter err);
}
