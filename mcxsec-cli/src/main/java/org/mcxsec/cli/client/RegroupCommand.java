// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli.client;

import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.List;
import org.mcxsec.cli.RunnableCommand;
import org.mcxsec.client.GmkTable;
import org.mcxsec.client.McxClient;
import org.mcxsec.client.media.SrtpMediaProtection;
import org.mcxsec.client.provisioning.ServiceClient;
import org.mcxsec.signalling.RegroupBody;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code mcxsec client regroup} (a dispatcher): creates or removes a temporary group T by group regroup, user
 * regroup, or either with a preconfigured group (TS 23.379 10.6.2.4, 10.6.2.9, 10.6.2.10; the F.7 body). Prints
 * the security configuration the server named for T (TS 33.180: its GMK protects calls on T) and the members left
 * out with the reason. A user who is not authorised is refused (exit 1).
 */
@Command(name = "regroup", description = "Create (or --remove) a temporary group; prints the security configuration"
    + " named for it and the members left out.")
public final class RegroupCommand implements RunnableCommand {
  @Mixin
  ClientOptions options;

  @Option(names = "--tgi", required = true, description = "the temporary group ID T")
  String tgi;

  @ArgGroup(exclusive = true)
  Members members;

  @Option(names = "--preconfigured", description = "the preconfigured group P whose configuration T uses")
  String preconfigured;

  @Option(names = "--remove", description = "tear T down (restores the original groups)")
  boolean remove;

  static final class Members {
    @Option(names = "--groups", split = ",", description = "groups to regroup: G1,G2,…") List<String> groups;

    @Option(names = "--users", split = ",", description = "users to regroup: U1,U2,…") List<String> users;
  }

  @Override
  public int run(PrintWriter out, PrintWriter err) {
    if (remove == (members != null)) {
      return ErrorLine.print(out, options.url(), new IllegalArgumentException("give --groups or --users to create"
          + " T, or --remove alone"));
    }
    RegroupBody request = remove ? RegroupBody.remove(tgi) : members.groups != null
        ? RegroupBody.createGroupRegroup(tgi, members.groups) : RegroupBody.createUserRegroup(tgi, members.users);
    if (preconfigured != null) {
      request = request.withPreconfiguredGroup(preconfigured);
    }
    try {
      // a dispatcher needs no keys to regroup: a token and the call-control connection
      String token = new ServiceClient(HttpClient.newHttpClient(), options.url()).token(options.user(),
          options.password());
      try (McxClient client = McxClient.connect(options.callServer(), options.user(), token, new GmkTable(),
          new SrtpMediaProtection(), Clock.systemUTC())) {
        RegroupBody answer = client.regroup(request);
        out.println("tgi=" + answer.regroupUri());
        out.println("action=" + answer.action().wire());
        answer.preconfiguredGroup().ifPresent(p -> out.println("preconfigured-group=" + p));
        answer.securityConfigurationId().ifPresent(c -> out.println("security-configuration=" + c));
        for (RegroupBody.LeftOut l : answer.leftOut()) {
          out.println("left-out=" + l.user() + " reason=" + l.reason().replace('\n', ' '));
        }
        out.println("left-out-members=" + answer.leftOut().size());
        out.flush();
        return 0;
      }
    } catch (Exception e) {
      return ErrorLine.print(out, options.url(), e);
    }
  }
}
