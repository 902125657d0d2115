// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/** Runs the CLI in-process and captures its exit code and {@code key=value} output. */
record CliHarness(int exitCode, String stdout, String stderr) {
  static CliHarness run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new CliHarness(code, out.toString(), err.toString());
  }

  /** The {@code key=value} lines as a map (later keys win). */
  Map<String, String> fields() {
    Map<String, String> m = new LinkedHashMap<>();
    for (String line : stdout.split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        m.put(line.substring(0, eq), line.substring(eq + 1).strip());
      }
    }
    return m;
  }

  String field(String key) {
    String v = fields().get(key);
    if (v == null) {
      throw new AssertionError("no " + key + "= in output: " + stdout + stderr);
    }
    return v;
  }
}
