// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.crypto.McxException;
import org.mcxsec.srtp.pcap.PcapDecryptReport;
import org.mcxsec.srtp.pcap.SrtpKeyLog;
import org.mcxsec.srtp.pcap.SrtpPcapDecryptor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mcxsec pcap decrypt}: decrypts the SRTP/SRTCP in a classic pcap capture into plain RTP/RTCP, so that
 * Wireshark can play it, using a key log as written by {@code demo --keylog}. Prints counts.
 */
@Command(name = "decrypt", description = "Decrypt an SRTP capture into plain RTP with a key log.")
public final class PcapDecryptCommand implements McxCommand {
  /** Largest key log read, so a wrong file name cannot exhaust memory. */
  static final long MAX_KEYLOG_OCTETS = 16L << 20;

  @Option(names = "--in", required = true, description = "SRTP capture (classic pcap)")
  Path in;

  @Option(names = "--out", required = true, description = "where to write the decrypted capture")
  Path out;

  @Option(names = "--keylog", required = true, description = "key log (master-key or gmk lines)")
  Path keylog;

  @Override
  public CliResult execute() throws McxException {
    try {
      if (Files.size(keylog) > MAX_KEYLOG_OCTETS) {
        throw new MalformedMessageException("key log " + keylog + " is larger than " + MAX_KEYLOG_OCTETS + " octets");
      }
      PcapDecryptReport report;
      try (SrtpKeyLog keys = SrtpKeyLog.parse(Files.readString(keylog, StandardCharsets.UTF_8));
          SrtpPcapDecryptor decryptor = new SrtpPcapDecryptor(keys);
          InputStream is = new BufferedInputStream(Files.newInputStream(in));
          OutputStream os = new BufferedOutputStream(Files.newOutputStream(out))) {
        report = decryptor.decrypt(is, os);
      }
      return CliResult.ok(
          "frames", Long.toString(report.frames()),
          "rtp-decrypted", Long.toString(report.rtpDecrypted()),
          "rtcp-decrypted", Long.toString(report.rtcpDecrypted()),
          "rejected", report.rejected().entrySet().stream().sorted(Map.Entry.comparingByKey())
              .map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(",")),
          "out", out.toString());
    } catch (IOException e) {
      throw new MalformedMessageException("cannot read or write a file: " + e.getMessage(), e);
    }
  }
}
