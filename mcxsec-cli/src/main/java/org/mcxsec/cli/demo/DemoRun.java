// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mcxsec.client.McxClient;
import org.mcxsec.client.RefusedByServerException;
import org.mcxsec.client.media.Eavesdropper;
import org.mcxsec.client.media.MediaProtection;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.McxException;
import org.mcxsec.server.regroup.ActiveRegroup;
import org.mcxsec.signalling.FloorBody;
import org.mcxsec.signalling.RegroupBody;
import org.mcxsec.srtp.pcap.LinkType;
import org.mcxsec.srtp.pcap.PcapWriter;
import org.mcxsec.srtp.pcap.UdpFrame;

/**
 * The demo scenario (design §6): a normal group call, a group regroup with a call on the temporary group, a user
 * regroup, a regroup with a preconfigured group (a broadcast call, with a member affiliating late), teardown and
 * a call on an original group, a GMK rollover during a call, and outsiders who capture media and fail to decrypt
 * it. Exit 0 only if every check held.
 */
public final class DemoRun {
  static final String TG1 = "sip:tg-joint-response" + DemoWorld.DOMAIN;
  static final String TG2 = "sip:tg-task-force" + DemoWorld.DOMAIN;
  static final String TG3 = "sip:tg-major-incident" + DemoWorld.DOMAIN;
  private static final int STEPS = 7;

  private final int members;
  private final int seconds;
  private final Path pcap;
  private final MediaProtection protection;
  private final DemoOutput output;
  private final List<CallOutcome> calls = new ArrayList<>();
  private final List<DemoCall.Capture> captures = new ArrayList<>();
  private boolean ok = true;

  public DemoRun(int members, int seconds, Path pcap, Path keylog, MediaProtection protection, PrintWriter out) {
    this.members = members;
    this.seconds = seconds;
    this.pcap = pcap;
    this.protection = protection;
    this.output = new DemoOutput(out, protection.name(), keylog);
  }

  /** Runs everything; returns the exit code (0 only if every check held). */
  public int run() throws Exception {
    try (DemoWorld w = new DemoWorld(protection)) {
      long t0 = System.nanoTime();
      w.build(members);
      output.line("mcxsec demo: " + members + " members in 3 agencies, a dispatcher, an outsider; loopback only");
      output.line("  signalling  " + w.uri() + " (SIP-shaped messages, 3GPP mcptt-info and F.7 regroup bodies,"
          + " bearer tokens)");
      output.line("  media       RTP over UDP through the relay at " + w.server().relay().localAddress()
          + "; protection: " + protection.name());
      output.line("  services    KMS and GMS at " + w.servicesUrl() + " (embedded database in a temporary folder);"
          + " each client takes its keys (Annex D) and its group documents over HTTP, and opens and verifies every"
          + " GKTP: one signed MIKEY-SAKKE I_MESSAGE per member and GMK from " + DemoWorld.GMS_URI + ";");
      output.line("              SRTP master key and salt per sender from the GMK (TS 33.180 7.4.2), MKI = GMK-ID ||"
          + " GUK-ID");
      output.line(String.format("  GMKs        %d GKTPs fetched, opened and verified by the clients in %d ms",
          w.gktps.get(), w.gktpNanos.get() / 1_000_000));
      if (!w.deliveryFailures.isEmpty()) {
        output.line("  FAILED      " + w.deliveryFailures.size() + " users could not fetch their keys, e.g. "
            + w.deliveryFailures.subList(0, Math.min(3, w.deliveryFailures.size())));
      }
      List<String> users = new ArrayList<>();
      w.agencies.values().forEach(users::addAll);
      users.add(DemoWorld.DISPATCH);
      users.add(DemoWorld.MALLORY);
      for (String u : users) {
        w.connect(u);
      }
      for (var a : w.agencies.entrySet()) {
        for (String u : a.getValue()) {
          w.client(u).affiliate(List.of(a.getKey()));
        }
      }
      w.client(DemoWorld.MALLORY).affiliate(List.of(DemoWorld.OTHER));
      output.line(String.format("  ready       %d clients connected and affiliated in %d ms", users.size(),
          (System.nanoTime() - t0) / 1_000_000));
      int packets = Math.max(2, seconds * DemoCall.PACKETS_PER_SECOND);
      DemoCall runner = new DemoCall(w, output);
      normalCall(w, runner, packets);
      groupRegroup(w, runner, packets);
      userRegroup(w, runner, packets);
      preconfiguredRegroup(w, runner, packets);
      teardownCall(w, runner, packets);
      rollover(w, runner, packets);
      outsider(w);
      check("every GKTP opened and verified at its holder", w.deliveryFailures.isEmpty(),
          w.gktps.get() + " opened" + (w.deliveryFailures.isEmpty() ? "" : "; failed: " + w.deliveryFailures));
      writePcap();
      output.summary(calls);
    }
    output.close();
    output.line(ok ? "result: every listener decrypted every packet; no outsider decrypted any" : "result: FAILED");
    return ok ? 0 : 1;
  }

  private void record(CallOutcome c) {
    calls.add(c);
    output.table(c);
    ok &= c.ok();
  }

  private void check(String what, boolean holds, String detail) {
    ok &= output.check(what, holds, detail);
  }

  private static List<String> except(List<String> all, String... out) {
    List<String> l = new ArrayList<>(all);
    l.removeAll(List.of(out));
    return l;
  }

  private static String gmk(DemoWorld w, String group, int index) {
    return w.gmkIds(group).get(index);
  }

  private void normalCall(DemoWorld w, DemoCall runner, int packets) throws Exception {
    List<String> police = w.agencies.get(DemoWorld.POLICE);
    output.step(1, STEPS, "normal group call on " + DemoWorld.POLICE);
    record(runner.run("1 normal group call", w.client(police.get(0)), DemoWorld.POLICE, false,
        except(police, police.get(0)), List.of(gmk(w, DemoWorld.POLICE, 0)), packets, null, captures));
  }

  /** Sends a regroup and measures until every included member holds T's binding and can resolve its GMK. */
  private RegroupBody regroup(DemoWorld w, RegroupBody request) throws Exception {
    long t0 = System.nanoTime();
    RegroupBody answer = w.client(DemoWorld.DISPATCH).regroup(request);
    ActiveRegroup r = w.server().regroups().active(request.regroupUri()).orElseThrow();
    long deadline = System.nanoTime() + 30_000_000_000L;
    boolean ready = false;
    while (!ready && System.nanoTime() < deadline) {
      ready = true;
      for (String m : r.members()) {
        McxClient c = w.client(m);
        if (c == null || c.regroups().get(r.temporaryGroupId()).isEmpty()) {
          ready = false;
          break;
        }
        try {
          c.resolver().resolve(r.temporaryGroupId(), Optional.empty());
        } catch (McxException e) {
          ready = false;
          break;
        }
      }
      if (!ready) {
        Thread.sleep(1);
      }
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    output.line("      regroup     " + r.temporaryGroupId() + " named " + r.securityConfigurationId() + "; "
        + r.members().size() + " members, " + r.leftOut().size() + " left out"
        + r.leftOut().stream().map(l -> "\n                  left out " + l.user() + ": " + l.reason())
            .reduce("", String::concat));
    check("regroup set-up: every included member can decrypt", ready,
        ms + " ms from request to the last member holding " + r.temporaryGroupId() + " -> "
            + r.securityConfigurationId());
    return answer;
  }

  private void groupRegroup(DemoWorld w, DemoCall runner, int packets) throws Exception {
    output.step(2, STEPS, "group regroup of " + DemoWorld.POLICE + " + " + DemoWorld.FIRE + " into " + TG1);
    List<String> police = w.agencies.get(DemoWorld.POLICE);
    List<String> fire = w.agencies.get(DemoWorld.FIRE);
    RefusedByServerException notDispatcher = null;
    try {
      w.client(police.get(0)).regroup(RegroupBody.createGroupRegroup(TG1, List.of(DemoWorld.POLICE)));
    } catch (RefusedByServerException e) {
      notDispatcher = e;
    }
    check("a regroup request from a non-dispatcher is refused", notDispatcher != null,
        notDispatcher == null ? "it was accepted" : notDispatcher.getMessage());
    RegroupBody answer = regroup(w, RegroupBody.createGroupRegroup(TG1, List.of(DemoWorld.POLICE, DemoWorld.FIRE)));
    check("the explicit mapping names " + DemoWorld.SC_JOINT,
        answer.securityConfigurationId().equals(Optional.of(DemoWorld.SC_JOINT)), answer.securityConfigurationId()
            .orElse("none"));
    Integer refused = null;
    try {
      w.client(police.get(1)).call(DemoWorld.POLICE, false).leave();
    } catch (RefusedByServerException e) {
      refused = e.warning().map(x -> x.code()).orElse(null);
    }
    check("a call on a regrouped constituent is refused with 148", Integer.valueOf(148).equals(refused),
        "warning " + refused);
    List<String> listeners = new ArrayList<>(police);
    listeners.addAll(except(fire, fire.get(0)));
    listeners.add(DemoWorld.DISPATCH);
    record(runner.run("2 group regroup call", w.client(fire.get(0)), TG1, false, listeners,
        List.of(gmk(w, DemoWorld.SC_JOINT, 0)), packets, null, captures));
    w.client(DemoWorld.DISPATCH).regroup(RegroupBody.remove(TG1));
  }

  private void userRegroup(DemoWorld w, DemoCall runner, int packets) throws Exception {
    output.step(3, STEPS, "user regroup into " + TG2);
    List<String> ems = w.agencies.get(DemoWorld.EMS);
    List<String> users = new ArrayList<>(List.of(w.agencies.get(DemoWorld.POLICE).get(1),
        w.agencies.get(DemoWorld.FIRE).get(1)));
    users.addAll(ems);
    RegroupBody answer = regroup(w, RegroupBody.createUserRegroup(TG2, users));
    check("the configuration held by (or deliverable to) every member is named: " + DemoWorld.SC_ALL,
        answer.securityConfigurationId().equals(Optional.of(DemoWorld.SC_ALL)) && answer.leftOut().isEmpty(),
        answer.securityConfigurationId().orElse("none") + ", " + answer.leftOut().size() + " left out; "
            + ems.get(ems.size() - 1) + " received it from the GMS first");
    record(runner.run("3 user regroup call", w.client(DemoWorld.DISPATCH), TG2, false, users,
        List.of(gmk(w, DemoWorld.SC_ALL, 0)), packets, null, captures));
    w.client(DemoWorld.DISPATCH).regroup(RegroupBody.remove(TG2));
  }

  private void preconfiguredRegroup(DemoWorld w, DemoCall runner, int packets) throws Exception {
    output.step(4, STEPS, "regroup of " + DemoWorld.FIRE + " + " + DemoWorld.EMS + " with preconfigured group "
        + DemoWorld.PRECONF + " into " + TG3 + " (broadcast call)");
    List<String> fire = w.agencies.get(DemoWorld.FIRE);
    List<String> ems = w.agencies.get(DemoWorld.EMS);
    String lateJoiner = fire.get(fire.size() - 1);
    String leftOut = ems.get(ems.size() - 1);
    w.client(lateJoiner).affiliate(List.of());
    Integer useOnly = null;
    try {
      w.client(fire.get(0)).call(DemoWorld.PRECONF, false).leave();
    } catch (RefusedByServerException e) {
      useOnly = e.warning().map(x -> x.code()).orElse(null);
    }
    check("a call on the preconfigured-use-only group is refused with 167", Integer.valueOf(167).equals(useOnly),
        "warning " + useOnly);
    RegroupBody answer = regroup(w, RegroupBody.createGroupRegroup(TG3, List.of(DemoWorld.FIRE, DemoWorld.EMS))
        .withPreconfiguredGroup(DemoWorld.PRECONF));
    check("the preconfigured group's own configuration is named, the member without it left out",
        answer.securityConfigurationId().equals(Optional.of(DemoWorld.PRECONF))
            && answer.leftOut().stream().map(RegroupBody.LeftOut::user).toList().equals(List.of(leftOut)),
        answer.leftOut().size() + " left out");
    w.client(lateJoiner).affiliate(List.of(DemoWorld.FIRE));
    long end = System.nanoTime() + 10_000_000_000L;
    while (w.client(lateJoiner).regroups().get(TG3).isEmpty() && System.nanoTime() < end) {
      Thread.sleep(2);
    }
    check("a member affiliating during the regroup receives it then (23.379 10.6.2.9.4)",
        w.client(lateJoiner).regroups().get(TG3).isPresent(), lateJoiner);
    List<String> listeners = new ArrayList<>(fire);
    listeners.addAll(except(ems, leftOut));
    int before = captures.size();
    record(runner.run("4 preconfigured regroup broadcast", w.client(DemoWorld.DISPATCH), TG3, true, listeners,
        List.of(gmk(w, DemoWorld.PRECONF, 0)), packets, () -> {
          FloorBody f = w.client(fire.get(0)).call(TG3).orElseThrow().requestFloor();
          check("in a broadcast call a listener's floor request is denied",
              f.message() == FloorBody.FloorMessage.DENY, f.message().wire());
        }, captures));
    if (captures.size() > before) {
      Eavesdropper e = new Eavesdropper(w.table(leftOut), protection);
      captures.get(before).packets().forEach(e::attack);
      check(leftOut + " (EMS, left out) cannot decrypt the call on " + TG3,
          e.decrypted() == 0 && e.attempts() > 0, e.decrypted() + " of " + e.attempts() + " captured packets "
              + "decrypted with its " + w.table(leftOut).all().size() + " GMKs; " + e.outcomes());
    }
  }

  private void teardownCall(DemoWorld w, DemoCall runner, int packets) throws Exception {
    output.step(5, STEPS, "teardown of " + TG3 + " and a call on the original group " + DemoWorld.FIRE);
    w.client(DemoWorld.DISPATCH).regroup(RegroupBody.remove(TG3));
    List<String> fire = w.agencies.get(DemoWorld.FIRE);
    long end = System.nanoTime() + 10_000_000_000L;
    while (fire.stream().anyMatch(u -> w.client(u).regroups().get(TG3).isPresent()) && System.nanoTime() < end) {
      Thread.sleep(2);
    }
    check("every member removed " + TG3 + " from its regroup table",
        fire.stream().noneMatch(u -> w.client(u).regroups().get(TG3).isPresent()), "");
    record(runner.run("5 call after teardown", w.client(fire.get(2 % fire.size())), DemoWorld.FIRE, false,
        except(fire, fire.get(2 % fire.size())), List.of(gmk(w, DemoWorld.FIRE, 0)), packets, null, captures));
  }

  private void rollover(DemoWorld w, DemoCall runner, int packets) throws Exception {
    output.step(6, STEPS, "GMK rollover during a call on " + DemoWorld.EMS);
    List<String> ems = w.agencies.get(DemoWorld.EMS);
    String first = gmk(w, DemoWorld.EMS, 0);
    String[] second = new String[1];
    CallOutcome c = runner.run("6 GMK rollover mid-call", w.client(ems.get(0)), DemoWorld.EMS, false,
        except(ems, ems.get(0)), List.of(first), packets, () -> {
          second[0] = w.rollover(DemoWorld.EMS);
          output.line("");
          output.line("      rollover    the GMS made GMK " + second[0] + ", active now; every member fetched it");
        }, captures);
    List<String> expected = second[0] == null ? List.of(first) : List.of(first, second[0]);
    List<String> failures = new ArrayList<>(c.failures());
    failures.removeIf(f -> f.startsWith("media was protected under"));
    if (!new java.util.TreeSet<>(c.sentByGmkId().keySet()).equals(new java.util.TreeSet<>(expected))) {
      failures.add("media was protected under GMK-IDs " + c.sentByGmkId().keySet() + ", expected " + expected);
    }
    record(new CallOutcome(c.title(), c.target(), c.keyGroup(), c.talker(), c.listeners(), expected,
        c.sentByGmkId(), c.decryptedMin(), c.decryptedTotal(), c.rejectedTotal(), failures));
  }

  private void outsider(DemoWorld w) {
    output.step(7, STEPS, "outsider " + DemoWorld.MALLORY + " captured the media of every call");
    Eavesdropper e = new Eavesdropper(w.table(DemoWorld.MALLORY), protection);
    long captured = 0;
    for (DemoCall.Capture c : captures) {
      for (Bytes p : c.packets()) {
        e.attack(p);
        captured++;
      }
    }
    check("the outsider decrypted nothing", e.decrypted() == 0 && captured > 0, e.decrypted() + " of " + captured
        + " captured packets decrypted with every GMK it holds; outcomes " + e.outcomes());
  }

  private void writePcap() throws IOException {
    if (pcap == null) {
      return;
    }
    long n = 0;
    try (PcapWriter p = new PcapWriter(Files.newOutputStream(pcap), LinkType.RAW)) {
      long t = System.currentTimeMillis() * 1_000_000L;
      for (DemoCall.Capture c : captures) {
        for (Bytes b : c.packets()) {
          p.writeUdp(t, UdpFrame.Endpoint.of(127, 0, 0, 1, c.relayPort()),
              UdpFrame.Endpoint.of(127, 0, 0, 1, c.listenerPort()), b);
          t += 20_000_000L;
          n++;
        }
      }
    }
    output.line("");
    output.line("pcap: " + n + " SRTP packets as one listener per call received them, written to " + pcap);
  }
}
