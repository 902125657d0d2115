// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp.internal;

/**
 * Reads the fields SRTP needs from an RTP header (RFC 3550 §5.1, §5.3.1) without trusting any length in it.
 *
 * <pre>
 *    0                   1                   2                   3
 *   |V=2|P|X|  CC   |M|     PT      |       sequence number         |
 *   |                           timestamp                           |
 *   |                             SSRC                              |
 *   |                  CSRC list (CC x 32 bits)                     |
 *   |   profile-defined (16 bits)   |     extension length (words)  |   if X = 1
 *   |                  header extension (length x 32 bits)          |
 * </pre>
 */
public final class RtpHeader {
  /** Fixed RTP header length. */
  public static final int FIXED_OCTETS = 12;

  private RtpHeader() {}

  /**
   * The header length (fixed part, CSRCs and extension) of the RTP packet in {@code b[off, off + limit)}, or -1
   * if it is not version 2 or the header does not fit in {@code limit} octets.
   */
  public static int length(byte[] b, int off, int limit) {
    if (limit < FIXED_OCTETS || (b[off] & 0xC0) != 0x80) {
      return -1;
    }
    int hl = FIXED_OCTETS + 4 * (b[off] & 0x0F);
    if ((b[off] & 0x10) != 0) {
      if (hl + 4 > limit) {
        return -1;
      }
      hl += 4 + 4 * ((b[off + hl + 2] & 0xFF) << 8 | (b[off + hl + 3] & 0xFF));
    }
    return hl <= limit ? hl : -1;
  }

  /** Why {@link #length} rejected {@code b[off, off + limit)}: for exception messages. */
  public static String whyMalformed(byte[] b, int off, int limit) {
    if (limit < FIXED_OCTETS) {
      return "RTP packet of " + limit + " octets is shorter than the 12-octet fixed header";
    }
    if ((b[off] & 0xC0) != 0x80) {
      return "RTP version is " + ((b[off] & 0xFF) >>> 6) + "; expected 2";
    }
    return "RTP header (" + (b[off] & 0x0F) + " CSRCs" + ((b[off] & 0x10) != 0 ? ", header extension" : "")
        + ") runs past the " + limit + " octets of the packet";
  }

  /** The sequence number (0..65535). */
  public static int sequenceNumber(byte[] b, int off) {
    return (b[off + 2] & 0xFF) << 8 | (b[off + 3] & 0xFF);
  }

  /** The SSRC. */
  public static int ssrc(byte[] b, int off) {
    return readInt(b, off + 8);
  }

  /** A 32-bit big-endian value. */
  public static int readInt(byte[] b, int off) {
    return (b[off] & 0xFF) << 24 | (b[off + 1] & 0xFF) << 16 | (b[off + 2] & 0xFF) << 8 | (b[off + 3] & 0xFF);
  }

  /** Writes a 32-bit big-endian value. */
  public static void writeInt(byte[] b, int off, int v) {
    b[off] = (byte) (v >>> 24);
    b[off + 1] = (byte) (v >>> 16);
    b[off + 2] = (byte) (v >>> 8);
    b[off + 3] = (byte) v;
  }

  /** Whether {@code b[off]} starts an RTCP packet of version 2 (RFC 3550 §6.4). */
  public static boolean isRtcpVersion2(byte[] b, int off) {
    return (b[off] & 0xC0) == 0x80;
  }
}
