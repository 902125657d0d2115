// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.mcxsec.cli.demo.DemoRun;
import org.mcxsec.client.media.SrtpMediaProtection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mcxsec demo} (design §6): the end-to-end scenario on loopback, with a table per call; exit 0 only if
 * every listener decrypted every packet and no outsider decrypted any.
 */
@Command(name = "demo", description = "Run the end-to-end scenario: group calls, group/user/preconfigured regroups,"
    + " teardown, GMK rollover, an outsider; exit 0 only if every check holds.")
public final class DemoCommand implements RunnableCommand {
  @Option(names = "--members", defaultValue = "30", description = "members across the three agencies (default 30)")
  int members;

  @Option(names = "--seconds", defaultValue = "2", description = "talk time per call in seconds (default 2)")
  int seconds;

  @Option(names = "--pcap", description = "write the captured SRTP packets to this pcap file")
  Path pcap;

  @Option(names = "--keylog", description = "write each talker's SRTP master key, salt and MKI to this file")
  Path keylog;

  @Override
  public int run(PrintWriter out, PrintWriter err) {
    if (members < 6 || members > 5000) {
      out.println("error=--members " + members + " is outside [6, 5000]");
      out.flush();
      return 2;
    }
    if (seconds < 1 || seconds > 600) {
      out.println("error=--seconds " + seconds + " is outside [1, 600]");
      out.flush();
      return 2;
    }
    // the embedded servers log only warnings here: the demo prints its own progress
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    System.setProperty("org.slf4j.simpleLogger.log.org.mcxsec", "warn");
    try {
      return new DemoRun(members, seconds, pcap, keylog, new SrtpMediaProtection(), out).run();
    } catch (Exception e) {
      out.println("error=demo failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
      out.flush();
      return 1;
    }
  }
}
