// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.mcxsec.crypto.McxException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParseResult;

/**
 * The {@code mcxsec} command (design §5). Hex in, {@code key=value} lines out; exit 0 = done or valid, 1 =
 * rejected input (with an {@code error=} line naming why), 2 = usage error. Exceptions are mapped to exit codes
 * here and nowhere else; users never see a stack trace.
 */
@Command(name = "mcxsec", mixinStandardHelpOptions = true, version = "mcxsec 0.1.0",
    description = "Security of 3GPP mission-critical group communication (TS 33.180).",
    subcommands = {
        UidCommand.class,
        EccsiCommand.class,
        SakkeCommand.class,
        KeysCommand.class,
        MikeyCommand.class,
        SrtpCommand.class,
        PcapCommand.class,
        BatchCommand.class,
        ServeCommand.class,
        ClientCommand.class,
        DemoCommand.class,
    })
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs one command line, printing to {@code out}/{@code err}, and returns its exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = commandLine();
    cl.setOut(out);
    cl.setErr(err);
    ParseResult parsed;
    try {
      parsed = cl.parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      out.println("error=" + oneLine(e.getMessage()));
      out.flush();
      return CliResult.Status.USAGE.exitCode();
    }
    if (CommandLine.printHelpIfRequested(parsed)) {
      return 0;
    }
    Object leaf = leaf(parsed).commandSpec().userObject();
    if (leaf instanceof RunnableCommand runnable) {
      return runnable.run(out, err);
    }
    CliResult result = evaluate(parsed);
    print(result, out);
    return result.status().exitCode();
  }

  /** Parses and runs one command line without printing: the shared path of the CLI and {@code batch}. */
  public static CliResult evaluate(String... args) {
    ParseResult parsed;
    try {
      parsed = commandLine().parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      return CliResult.usage(e.getMessage());
    }
    if (parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested()) {
      return CliResult.usage("help is not available here");
    }
    return evaluate(parsed);
  }

  private static CliResult evaluate(ParseResult parsed) {
    ParseResult leaf = leaf(parsed);
    Object command = leaf.commandSpec().userObject();
    if (leaf.isUsageHelpRequested()) {
      return CliResult.usage("help is not available here");
    }
    if (!(command instanceof McxCommand mcx)) {
      String name = leaf.commandSpec().qualifiedName();
      return CliResult.usage("'" + name + "' needs a subcommand: "
          + String.join(", ", leaf.commandSpec().subcommands().keySet()));
    }
    try {
      return mcx.execute();
    } catch (McxException e) {
      return CliResult.rejected(e.getMessage());
    } catch (IllegalArgumentException e) {
      return CliResult.usage(e.getMessage());
    } catch (RuntimeException e) {
      return CliResult.rejected("internal error: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
  }

  static void print(CliResult result, PrintWriter out) {
    if (result.document()) {
      out.println(result.fields().get(0).getValue());
      out.flush();
      return;
    }
    for (Map.Entry<String, String> f : result.fields()) {
      out.println(f.getKey() + "=" + f.getValue());
    }
    out.flush();
  }

  static CommandLine commandLine() {
    return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
  }

  private static ParseResult leaf(ParseResult parsed) {
    ParseResult p = parsed;
    while (p.hasSubcommand()) {
      p = p.subcommand();
    }
    return p;
  }

  private static String oneLine(String s) {
    return s == null ? "usage error" : s.replace('\n', ' ').strip();
  }

  /** Names of the top-level subcommands (for tests and help). */
  static List<String> subcommandNames() {
    return List.copyOf(commandLine().getSubcommands().keySet());
  }
}
