// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Module edges that Maven cannot see (style §1): an {@code org.mcxsec.x.internal} package is used only by code in
 * {@code org.mcxsec.x} itself. The benchmarks are the one exception: they may time an internal primitive.
 */
class ArchitectureTest {
  private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
  private static final Pattern INTERNAL_IMPORT =
      Pattern.compile("^import (?:static )?((org\\.mcxsec(?:\\.\\w+)*)\\.internal)\\.", Pattern.MULTILINE);

  @Test
  void internalPackagesAreUsedOnlyFromTheirOwnPackageTree() throws IOException {
    Path root = Path.of("").toAbsolutePath().getParent();
    List<String> violations = new ArrayList<>();
    int files = 0;
    try (Stream<Path> modules = Files.list(root)) {
      for (Path module : modules.filter(p -> p.getFileName().toString().startsWith("mcxsec-")).toList()) {
        Path src = module.resolve("src/main/java");
        if (!Files.isDirectory(src) || module.getFileName().toString().equals("mcxsec-bench")) {
          continue;
        }
        try (Stream<Path> java = Files.walk(src)) {
          for (Path f : java.filter(p -> p.toString().endsWith(".java")).toList()) {
            files++;
            String text = Files.readString(f);
            Matcher pkg = PACKAGE.matcher(text);
            String own = pkg.find() ? pkg.group(1) : "";
            Matcher m = INTERNAL_IMPORT.matcher(text);
            while (m.find()) {
              String owner = m.group(2);
              if (!(own.equals(owner) || own.startsWith(owner + "."))) {
                violations.add(root.relativize(f) + " imports " + m.group(1));
              }
            }
          }
        }
      }
    }
    assertTrue(files > 100, "scanned " + files + " source files from " + root);
    assertTrue(violations.isEmpty(), "internal packages used from outside their tree:\n" + String.join("\n", violations));
  }
}
