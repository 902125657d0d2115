// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli.client;

import java.io.PrintWriter;
import java.util.List;
import org.mcxsec.cli.RunnableCommand;
import org.mcxsec.client.GmkEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code mcxsec client keys}: takes a token, the KMS certificate and the user's key sets over HTTP, fetches the
 * user's group documents, opens and verifies every GKTP, and prints one line per GMK it now holds (with
 * {@code --data}, also those kept from earlier runs).
 */
@Command(name = "keys", description = "Fetch and verify this user's GMKs: one line per GMK (gmk-id, groups,"
    + " activation, expiry).")
public final class ClientKeysCommand implements RunnableCommand {
  @Mixin
  ClientOptions options;

  @Option(names = "--group", required = true, description = "a group (or configuration) to fetch; repeatable")
  List<String> groups;

  @Override
  public int run(PrintWriter out, PrintWriter err) {
    try (ClientSession session = ClientSession.open(options)) {
      for (String g : groups) {
        session.fetch(g);
      }
      List<GmkEntry> all = session.table().all().stream().sorted((a, b) -> a.activation().compareTo(b.activation()))
          .toList();
      for (GmkEntry e : all) {
        out.println("gmk-id=" + e.gmkIdHex() + " groups=" + String.join(",", e.groupIds().stream().sorted()
            .toList()) + " activation=" + e.activation() + " expiry=" + e.expiry());
      }
      out.println("gmks=" + all.size());
      out.flush();
      return 0;
    } catch (Exception e) {
      return ErrorLine.print(out, options.url(), e);
    }
  }
}
