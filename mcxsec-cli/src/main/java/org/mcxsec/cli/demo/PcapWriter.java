// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli.demo;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mcxsec.crypto.Bytes;

/**
 * Writes captured SRTP datagrams as a pcap file (libpcap format, LINKTYPE_RAW = 101: each record an IPv4 packet)
 * with IPv4 and UDP headers for 127.0.0.1 from the relay's port to the listener's port, so Wireshark shows them
 * as UDP (decode as RTP/SRTP).
 *
 * <p>Thread safety: synchronised.
 */
final class PcapWriter implements AutoCloseable {
  private final OutputStream out;

  PcapWriter(Path file) throws IOException {
    this.out = new BufferedOutputStream(Files.newOutputStream(file));
    // global header: magic, version 2.4, thiszone 0, sigfigs 0, snaplen 65535, network 101 (raw IP)
    out.write(le32(0xa1b2c3d4));
    out.write(new byte[] {2, 0, 4, 0});
    out.write(le32(0));
    out.write(le32(0));
    out.write(le32(65535));
    out.write(le32(101));
  }

  synchronized void write(long epochMicros, int srcPort, int dstPort, Bytes payload) throws IOException {
    int udpLen = 8 + payload.size();
    int ipLen = 20 + udpLen;
    byte[] ip = new byte[20];
    ip[0] = 0x45;
    ip[2] = (byte) (ipLen >>> 8);
    ip[3] = (byte) ipLen;
    ip[8] = 64;
    ip[9] = 17;
    ip[12] = 127;
    ip[15] = 1;
    ip[16] = 127;
    ip[19] = 1;
    int sum = 0;
    for (int i = 0; i < 20; i += 2) {
      sum += (ip[i] & 0xFF) << 8 | (ip[i + 1] & 0xFF);
    }
    sum = (sum & 0xFFFF) + (sum >>> 16);
    sum = ~((sum & 0xFFFF) + (sum >>> 16)) & 0xFFFF;
    ip[10] = (byte) (sum >>> 8);
    ip[11] = (byte) sum;
    byte[] udp = {(byte) (srcPort >>> 8), (byte) srcPort, (byte) (dstPort >>> 8), (byte) dstPort,
        (byte) (udpLen >>> 8), (byte) udpLen, 0, 0};
    out.write(le32((int) (epochMicros / 1_000_000)));
    out.write(le32((int) (epochMicros % 1_000_000)));
    out.write(le32(ipLen));
    out.write(le32(ipLen));
    out.write(ip);
    out.write(udp);
    out.write(payload.toByteArray());
  }

  private static byte[] le32(int v) {
    return new byte[] {(byte) v, (byte) (v >>> 8), (byte) (v >>> 16), (byte) (v >>> 24)};
  }

  @Override
  public synchronized void close() throws IOException {
    out.close();
  }
}
