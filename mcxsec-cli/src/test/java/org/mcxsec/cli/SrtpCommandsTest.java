// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mcxsec.testkit.Vector;
import org.mcxsec.testkit.VectorFile;

/**
 * {@code srtp protect|unprotect} on the first RTP and RTCP packet of every libsrtp session vector (both
 * profiles), and rejection of the negative vectors.
 */
class SrtpCommandsTest {
  private static final String[] FILES = {VectorFile.RFC3711_SRTP, VectorFile.RFC7714_SRTP_GCM};

  static List<Vector> sessions() {
    List<Vector> out = new ArrayList<>();
    for (String f : FILES) {
      out.addAll(VectorFile.load(f).select(v -> v.has("master_key") && v.has("rtp") && v.isValid()));
    }
    return out;
  }

  static List<Vector> invalid() {
    List<Vector> out = new ArrayList<>();
    for (String f : FILES) {
      out.addAll(VectorFile.load(f).select(v -> v.has("result") && !v.isValid()));
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sessions")
  void firstRtpPacketRoundTrips(Vector v) {
    Vector p = v.list("rtp").get(0);
    String[] keys = {"--profile", v.text("profile"), "--master-key", v.text("master_key"),
        "--master-salt", v.text("master_salt"), "--mki", v.text("mki"), "--roc", p.text("roc")};
    CliHarness prot = CliHarness.run(concat(new String[] {"srtp", "protect"}, keys, "--packet", p.text("plain")));
    assertEquals(0, prot.exitCode(), prot.stdout());
    assertEquals(p.text("protected"), prot.field("packet"));
    CliHarness plain = CliHarness.run(concat(new String[] {"srtp", "unprotect"}, keys,
        "--packet", p.text("protected")));
    assertEquals(0, plain.exitCode(), plain.stdout());
    assertEquals(p.text("plain"), plain.field("packet"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sessions")
  void firstRtcpPacketRoundTrips(Vector v) {
    if (!v.has("rtcp") || v.list("rtcp").isEmpty()) {
      return;   // sessions without RTCP are covered by the RTP case
    }
    Vector p = v.list("rtcp").get(0);
    if (!p.bool("encrypted")) {
      return;   // E = 0 needs the encrypt flag, which the one-shot CLI does not offer
    }
    String[] keys = {"--profile", v.text("profile"), "--master-key", v.text("master_key"),
        "--master-salt", v.text("master_salt"), "--mki", v.text("mki"), "--rtcp", "--index", p.text("srtcp_index")};
    CliHarness prot = CliHarness.run(concat(new String[] {"srtp", "protect"}, keys, "--packet", p.text("plain")));
    assertEquals(0, prot.exitCode(), prot.stdout());
    assertEquals(p.text("protected"), prot.field("packet"));
    CliHarness plain = CliHarness.run(concat(new String[] {"srtp", "unprotect"}, keys,
        "--packet", p.text("protected")));
    assertEquals(p.text("plain"), plain.field("packet"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void negativeVectorsExitOneWithTheirStatus(Vector v) {
    boolean rtcp = v.has("protected_rtcp");
    List<String> args = new ArrayList<>(List.of("srtp", "unprotect", "--profile", v.text("profile"),
        "--master-key", v.text("master_key"), "--master-salt", v.text("master_salt"), "--mki", v.text("mki"),
        "--roc", rtcp ? "0" : v.text("roc"), "--packet", v.text(rtcp ? "protected_rtcp" : "protected")));
    if (rtcp) {
      args.add("--rtcp");
    }
    CliHarness r = CliHarness.run(args.toArray(String[]::new));
    assertEquals(1, r.exitCode(), r.stdout());
    assertTrue(List.of("AUTH_FAILED", "UNKNOWN_KEY", "MALFORMED").contains(r.field("status")), r.stdout());
  }

  @Test
  void unknownProfileIsAUsageErrorListingTheNames() {
    CliHarness r = CliHarness.run("srtp", "protect", "--profile", "rot13", "--master-key", "00", "--master-salt",
        "00", "--packet", "00");
    assertEquals(2, r.exitCode(), r.stdout());
    assertTrue(r.field("error").contains("aead-aes-128-gcm"), r.stdout());
  }

  private static String[] concat(String[] head, String[] mid, String... tail) {
    List<String> all = new ArrayList<>(List.of(head));
    all.addAll(List.of(mid));
    all.addAll(List.of(tail));
    return all.toArray(String[]::new);
  }
}
