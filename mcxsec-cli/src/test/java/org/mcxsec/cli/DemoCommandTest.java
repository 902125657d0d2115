// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcxsec.srtp.pcap.PcapDecryptReport;
import org.mcxsec.srtp.pcap.SrtpKeyLog;
import org.mcxsec.srtp.pcap.SrtpPcapDecryptor;

/** {@code mcxsec demo} end to end, small and short; its capture opens with its key log. */
class DemoCommandTest {
  @Test
  void demo_smallRun_passesEveryCheck_andItsCaptureOpensWithItsKeyLog(@TempDir Path dir) throws Exception {
    Path pcap = dir.resolve("demo.pcap");
    Path keys = dir.resolve("demo.keys");
    CliHarness r = CliHarness.run("demo", "--members", "9", "--seconds", "1", "--pcap", pcap.toString(),
        "--keylog", keys.toString());
    assertEquals(0, r.exitCode(), r.stdout());
    assertTrue(Pattern.compile("checks: \\d+ passed, 0 failed").matcher(r.stdout()).find(), r.stdout());
    assertTrue(r.stdout().contains("result: every listener decrypted every packet"), r.stdout());
    Matcher m = Pattern.compile("pcap: (\\d+) SRTP packets").matcher(r.stdout());
    assertTrue(m.find(), r.stdout());
    long written = Long.parseLong(m.group(1));
    try (SrtpPcapDecryptor d = new SrtpPcapDecryptor(SrtpKeyLog.parse(Files.readString(keys)));
        InputStream in = Files.newInputStream(pcap)) {
      PcapDecryptReport report = d.decrypt(in, new ByteArrayOutputStream());
      assertEquals(written, report.rtpDecrypted(), report.toString());
    }
  }

  @Test
  void demo_tooFewMembers_isAUsageError() {
    CliHarness r = CliHarness.run("demo", "--members", "2");
    assertEquals(2, r.exitCode());
    assertEquals("--members 2 is outside [6, 5000]", r.field("error"));
  }
}
