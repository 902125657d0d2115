// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.mcxsec.client.GmkEntry;

/**
 * What the demo prints: progress lines, one table per call, the checks, and the summary; and the optional key
 * log. Every number printed comes from a counter or a clock reading taken during the run.
 */
final class DemoOutput implements AutoCloseable {
  private final PrintWriter out;
  private final String protection;
  private final List<String> keyLog = new ArrayList<>();
  private final Path keyLogFile;
  private final List<String[]> checks = new ArrayList<>();
  private boolean ticking;

  DemoOutput(PrintWriter out, String protection, Path keyLogFile) {
    this.out = out;
    this.protection = protection;
    this.keyLogFile = keyLogFile;
  }

  void line(String s) {
    if (ticking) {
      out.println();
      ticking = false;
      if (s.isEmpty()) {
        return;
      }
    }
    out.println(s);
    out.flush();
  }

  void step(int n, int of, String s) {
    line("");
    line("[" + n + "/" + of + "] " + s);
  }

  void tick() {
    if (!ticking) {
      out.print("      talking   ");
      ticking = true;
    }
    out.print('.');
    out.flush();
  }

  /** Records and prints one check. */
  boolean check(String what, boolean ok, String detail) {
    checks.add(new String[] {ok ? "ok" : "FAILED", what, detail});
    line("      check " + (ok ? "ok    " : "FAILED") + " " + what + (detail.isEmpty() ? "" : ": " + detail));
    return ok;
  }

  void table(CallOutcome c) {
    line("");
    line("      talker      " + c.talker());
    line("      listeners   " + c.listeners());
    line("      on          " + c.target() + (c.keyGroup().equals(c.target()) ? ""
        : "  (keys of " + c.keyGroup() + ")"));
    line("      GMK-ID      " + String.join(", ", ordered(c)) + "  (expected "
        + String.join(", ", c.expectedGmkIds()) + ")");
    line(String.format("      packets     sent %d | decrypted %d by every listener (%d in all) | rejected %d",
        c.sent(), c.decryptedMin(), c.decryptedTotal(), c.rejectedTotal()));
    for (String f : c.failures()) {
      line("      FAILED      " + f);
    }
  }

  void summary(List<CallOutcome> calls) {
    line("");
    line(String.format("%-34s %-36s %-18s %5s %6s %10s %9s  %s", "call", "talker", "GMK-ID", "lstn", "sent",
        "decrypted", "rejected", "result"));
    for (CallOutcome c : calls) {
      line(String.format("%-34s %-36s %-18s %5d %6d %10d %9d  %s", clip(c.title(), 34), clip(c.talker(), 36),
          String.join("+", ordered(c)), c.listeners(), c.sent(), c.decryptedTotal(),
          c.rejectedTotal(), c.ok() ? "ok" : "FAILED"));
    }
    long failed = checks.stream().filter(x -> !x[0].equals("ok")).count();
    line("");
    line("checks: " + (checks.size() - failed) + " passed, " + failed + " failed");
  }

  void keylog(String title, String target, String talker, Collection<String> gmkIds,
      Function<String, Optional<GmkEntry>> lookup) {
    if (keyLogFile == null) {
      return;
    }
    for (String id : gmkIds) {
      lookup.apply(id).ifPresent(g -> keyLog.addAll(DemoCall.keyLogLines(title, target, g)));
    }
  }

  /** The GMK-IDs used, in the expected order first. */
  private static List<String> ordered(CallOutcome c) {
    List<String> ids = new ArrayList<>(c.expectedGmkIds());
    ids.retainAll(c.sentByGmkId().keySet());
    c.sentByGmkId().keySet().stream().filter(k -> !ids.contains(k)).sorted().forEach(ids::add);
    return ids;
  }

  private static String clip(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }

  @Override
  public void close() throws IOException {
    if (keyLogFile != null) {
      Files.write(keyLogFile, keyLog);
    }
    out.flush();
  }
}
