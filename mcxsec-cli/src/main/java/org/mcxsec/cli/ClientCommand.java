// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.List;
import org.mcxsec.cli.client.ListenCommand;
import org.mcxsec.cli.client.RegroupCommand;
import org.mcxsec.cli.client.TalkCommand;
import org.mcxsec.client.GmkEntry;
import org.mcxsec.client.GmkTable;
import org.mcxsec.client.provisioning.ClientProvisioning;
import org.mcxsec.client.provisioning.ServiceClient;
import org.mcxsec.crypto.McxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mcxsec client …} (design §5): a command-line MCX client against a running {@code serve}: {@code keys},
 * {@code listen}, {@code talk}, {@code regroup}.
 */
@Command(name = "client", description = "A command-line MCX client.", subcommands = {ClientCommand.Keys.class,
    ListenCommand.class, TalkCommand.class, RegroupCommand.class})
public final class ClientCommand {
  /**
   * {@code mcxsec client keys}: takes a token, the KMS certificate and the user's key sets over HTTP, fetches the
   * user's group documents, opens and verifies every GKTP, and prints one line per GMK it now holds.
   */
  @Command(name = "keys", description = "Fetch and verify this user's GMKs: one line per GMK (gmk-id, groups,"
      + " activation, expiry).")
  public static final class Keys implements RunnableCommand {
    @Option(names = "--url", required = true, description = "the serve base URL, e.g. http://127.0.0.1:8080")
    URI url;

    @Option(names = "--user", required = true, description = "the MC service user ID")
    String user;

    @Option(names = "--password", required = true, description = "the user's password")
    String password;

    @Option(names = "--group", required = true, description = "a group (or configuration) to fetch; repeatable")
    List<String> groups;

    @Option(names = "--gms-uri", defaultValue = "sip:gms@mcxsec.local",
        description = "the only identity whose GMKs are accepted (default sip:gms@mcxsec.local)")
    String gmsUri;

    @Override
    public int run(PrintWriter out, PrintWriter err) {
      GmkTable table = new GmkTable();
      try (ClientProvisioning p = ClientProvisioning.provision(new ServiceClient(HttpClient.newHttpClient(), url),
          user, password, gmsUri, table, Clock.systemUTC())) {
        for (String g : groups) {
          p.fetchGroup(g);
        }
        for (GmkEntry e : table.all()) {
          out.println("gmk-id=" + e.gmkIdHex() + " groups=" + String.join(",", e.groupIds().stream().sorted()
              .toList()) + " activation=" + e.activation() + " expiry=" + e.expiry());
        }
        out.println("gmks=" + table.all().size());
        out.flush();
        return 0;
      } catch (McxException e) {
        out.println("error=" + e.getMessage().replace('\n', ' '));
        out.flush();
        return 1;
      } catch (java.io.IOException e) {
        out.println("error=cannot reach " + url + ": " + e.getMessage());
        out.flush();
        return 1;
      }
    }
  }
}
