// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one command (design §5): a status and ordered {@code key=value} fields. Printed one field per
 * line by {@link Main}, or on one line by {@code batch}.
 */
public record CliResult(Status status, List<Map.Entry<String, String>> fields) {
  /** Exit status: 0 done/valid, 1 rejected input or invalid, 2 usage error. */
  public enum Status {
    OK(0, "ok"), REJECTED(1, "no"), USAGE(2, "err");

    private final int exitCode;
    private final String batchWord;

    Status(int exitCode, String batchWord) {
      this.exitCode = exitCode;
      this.batchWord = batchWord;
    }

    public int exitCode() {
      return exitCode;
    }

    public String batchWord() {
      return batchWord;
    }
  }

  public CliResult {
    fields = List.copyOf(fields);
  }

  /** A successful result with the given alternating keys and values. */
  public static CliResult ok(String... keyValues) {
    return of(Status.OK, keyValues);
  }

  /** A rejection naming why ({@code error=} field), after the given alternating keys and values. */
  public static CliResult rejected(String error, String... keyValues) {
    List<Map.Entry<String, String>> f = new ArrayList<>(of(Status.REJECTED, keyValues).fields());
    f.add(Map.entry("error", oneLine(error)));
    return new CliResult(Status.REJECTED, f);
  }

  /** A usage error naming what is wrong. */
  public static CliResult usage(String error) {
    return new CliResult(Status.USAGE, List.of(Map.entry("error", oneLine(error))));
  }

  private static CliResult of(Status status, String... keyValues) {
    if (keyValues.length % 2 != 0) {
      throw new IllegalArgumentException("keys and values must alternate");
    }
    List<Map.Entry<String, String>> f = new ArrayList<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      f.add(Map.entry(keyValues[i], keyValues[i + 1]));
    }
    return new CliResult(status, f);
  }

  private static String oneLine(String s) {
    return s == null ? "unknown error" : s.replace('\n', ' ').replace('\r', ' ').strip();
  }
}
