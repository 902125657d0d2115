// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli;

import org.mcxsec.crypto.McxException;

/**
 * A leaf subcommand: computes a {@link CliResult}. It never prints; {@link Main} prints and maps exceptions, so
 * the same command runs alone or inside {@code batch}.
 */
public interface McxCommand {
  /**
   * Runs the command.
   *
   * @throws McxException when the input is rejected (exit 1 with an {@code error=} line)
   */
  CliResult execute() throws McxException;
}
