// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.client.media;

import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.crypto.PolicyException;
import org.mcxsec.srtp.PacketBuffer;
import org.mcxsec.srtp.SrtpMasterKey;
import org.mcxsec.srtp.SrtpOptions;
import org.mcxsec.srtp.SrtpReceiver;
import org.mcxsec.srtp.SrtpSender;

/**
 * {@link MediaProtection} by the SRTP module: RFC 7714 AEAD_AES_128_GCM (TS 33.180 §7.5) with the 8-octet MKI
 * after the tag. One {@link SrtpSender} per outgoing stream, one {@link SrtpReceiver} per sender key.
 *
 * <p>Thread safety: the factory is stateless; protectors and unprotectors are confined to one thread.
 */
public final class SrtpMediaProtection implements MediaProtection {
  private final SrtpOptions options;

  public SrtpMediaProtection() {
    this(SrtpOptions.defaults());
  }

  public SrtpMediaProtection(SrtpOptions options) {
    this.options = options;
  }

  @Override
  public String name() {
    return "SRTP " + GroupMediaKeys.PROFILE + " (RFC 7714), MKI = GMK-ID || GUK-ID";
  }

  @Override
  public int overhead() {
    return GroupMediaKeys.PROFILE.tagOctets() + SrtpMasterKey.MAX_MKI_OCTETS + 4;
  }

  @Override
  public int mkiOffset(int length, int mkiLength) {
    // RFC 7714 §8.2 as libsrtp lays it out: the MKI follows the tag
    return length - mkiLength;
  }

  @Override
  public Protector protector(SrtpMasterKey key) {
    SrtpSender sender = new SrtpSender(key, options);
    PacketBuffer buffer = new PacketBuffer(new byte[0], 0, 0);
    return new Protector() {
      @Override
      public int protect(byte[] buf, int off, int len) throws PolicyException {
        buffer.set(buf, off, len);
        try {
          sender.protect(buffer);
        } catch (MalformedMessageException e) {
          throw new IllegalArgumentException(e.getMessage(), e);
        }
        return buffer.length();
      }

      @Override
      public void close() {
        sender.close();
      }
    };
  }

  @Override
  public Unprotector unprotector(SrtpMasterKey key) {
    SrtpReceiver receiver = new SrtpReceiver(key, options);
    PacketBuffer buffer = new PacketBuffer(new byte[0], 0, 0);
    return new Unprotector() {
      @Override
      public MediaStatus unprotect(byte[] buf, int off, int len) {
        buffer.set(buf, off, len);
        return MediaStatus.valueOf(receiver.unprotect(buffer).name());
      }

      @Override
      public int plainLength() {
        return buffer.length();
      }

      @Override
      public void close() {
        receiver.close();
      }
    };
  }
}
