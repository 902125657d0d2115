// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code mcxsec} command (design §5). Hex in, {@code key=value} lines out; exit 0 = done or valid, 1 =
 * rejected input (with an {@code error=} line), 2 = usage error. Exceptions are mapped to exit codes here and
 * nowhere else; users never see a stack trace.
 */
@Command(name = "mcxsec", mixinStandardHelpOptions = true, version = "mcxsec 0.1.0",
    description = "Security of 3GPP mission-critical group communication (TS 33.180).",
    subcommands = {})
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs one command line and returns its exit code. */
  public static int run(String... args) {
    return new CommandLine(new Main()).execute(args);
  }
}
