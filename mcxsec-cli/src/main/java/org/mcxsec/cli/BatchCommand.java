// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine.Command;

/**
 * {@code mcxsec batch}: runs one command per standard-input line (without the leading {@code mcxsec}) in one
 * JVM, and prints exactly one line per command: {@code ok}, {@code no} (rejected/invalid) or {@code err} (usage),
 * then its {@code key=value} fields separated by spaces (an {@code error=} text comes last and runs to the end
 * of the line). Arguments are separated by white space; blank lines
 * and lines starting with {@code #} are echoed as nothing. Exit 0 when every line was processed.
 */
@Command(name = "batch", description = "Run one command per stdin line; one result line per command.")
public final class BatchCommand implements RunnableCommand {
  /** Longest accepted input line, so a runaway producer cannot exhaust memory. */
  static final int MAX_LINE_CHARS = 1 << 20;

  @Override
  public int run(PrintWriter out, PrintWriter err) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      return process(in, out);
    } catch (IOException e) {
      err.println("error=cannot read standard input: " + e.getMessage());
      return 1;
    }
  }

  static int process(BufferedReader in, PrintWriter out) throws IOException {
    String line;
    while ((line = in.readLine()) != null) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      CliResult r;
      if (trimmed.length() > MAX_LINE_CHARS) {
        r = CliResult.usage("line has " + trimmed.length() + " characters; at most " + MAX_LINE_CHARS);
      } else {
        String[] args = trimmed.split("\\s+");
        r = args[0].equals("batch") ? CliResult.usage("batch cannot be nested") : Main.evaluate(args);
      }
      StringBuilder sb = new StringBuilder(r.status().batchWord());
      for (int i = 0; i < r.fields().size(); i++) {
        Map.Entry<String, String> f = r.fields().get(i);
        boolean last = i == r.fields().size() - 1;
        // Values are hex or single words; only the last field (the error= text) may contain spaces.
        sb.append(' ').append(f.getKey()).append('=').append(last ? f.getValue() : f.getValue().replace(' ', '_'));
      }
      out.println(sb);
    }
    out.flush();
    return 0;
  }
}
