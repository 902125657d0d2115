// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.client.internal;

import java.security.GeneralSecurityException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.mcxsec.client.media.MediaKey;
import org.mcxsec.client.media.MediaProtection;
import org.mcxsec.client.media.MediaStatus;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.PolicyException;

/**
 * A stand-in for the SRTP module until it is wired in: AES-128-GCM over RTP with the RFC 7714 §8.1 nonce layout,
 * the RTP header as associated data, a 16-octet tag and the MKI after the tag. It is <b>not</b> RFC 7714 SRTP:
 * the master key and salt are used directly, without the RFC 3711 §4.3 session-key derivation, so it does not
 * interoperate. Reports name it as such.
 *
 * <pre>
 *   IV = (0x0000 ‖ SSRC ‖ ROC ‖ SEQ) XOR master salt          (RFC 7714 §8.1)
 *   packet = RTP header ‖ GCM(payload) ‖ tag(16) ‖ MKI(8)
 * </pre>
 *
 * <p>Thread safety: the factory is stateless; each protector/unprotector is confined to one thread.
 */
public final class InterimGcmProtection implements MediaProtection {
  static final int TAG = 16;

  @Override
  public String name() {
    return "interim AES-128-GCM packet protection (RFC 7714 layout, not yet the SRTP module)";
  }

  @Override
  public int overhead() {
    return TAG + 16;
  }

  @Override
  public int mkiOffset(int length, int mkiLength) {
    return length - mkiLength;
  }

  @Override
  public Protector protector(MediaKey key) {
    return new GcmProtector(key);
  }

  @Override
  public Unprotector unprotector(MediaKey key) {
    return new GcmUnprotector(key);
  }

  static int headerLength(byte[] b, int off, int len) {
    if (len < 12 || (b[off] & 0xC0) != 0x80) {
      return -1;
    }
    int hl = 12 + 4 * (b[off] & 0x0F);
    if ((b[off] & 0x10) != 0) {
      if (len < hl + 4) {
        return -1;
      }
      hl += 4 + 4 * ((b[off + hl + 2] & 0xFF) << 8 | (b[off + hl + 3] & 0xFF));
    }
    return hl <= len ? hl : -1;
  }

  static int ssrc(byte[] b, int off) {
    return (b[off + 8] & 0xFF) << 24 | (b[off + 9] & 0xFF) << 16 | (b[off + 10] & 0xFF) << 8 | (b[off + 11] & 0xFF);
  }

  static int seq(byte[] b, int off) {
    return (b[off + 2] & 0xFF) << 8 | (b[off + 3] & 0xFF);
  }

  private abstract static class Base {
    final Cipher cipher;
    final SecretKeySpec key;
    final byte[] salt;
    final byte[] mki;
    final byte[] iv = new byte[12];

    Base(MediaKey k) {
      InsecureSecretAccess a = InsecureSecretAccess.get();
      this.key = new SecretKeySpec(k.masterKey().toByteArray(a), "AES");
      this.salt = k.masterSalt().toByteArray(a);
      this.mki = k.mki().toByteArray();
      try {
        this.cipher = Cipher.getInstance("AES/GCM/NoPadding");
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("AES-GCM is not available", e);
      }
    }

    // RFC 7714 §8.1: IV = (00 00 ‖ SSRC ‖ ROC ‖ SEQ) XOR salt
    void iv(int ssrc, long index) {
      long roc = index >>> 16;
      int seq = (int) index & 0xFFFF;
      byte[] v = {0, 0, (byte) (ssrc >>> 24), (byte) (ssrc >>> 16), (byte) (ssrc >>> 8), (byte) ssrc,
          (byte) (roc >>> 24), (byte) (roc >>> 16), (byte) (roc >>> 8), (byte) roc, (byte) (seq >>> 8), (byte) seq};
      for (int i = 0; i < 12; i++) {
        iv[i] = (byte) (v[i] ^ salt[i]);
      }
    }

    public void close() {
      java.util.Arrays.fill(salt, (byte) 0);
    }
  }

  private static final class GcmProtector extends Base implements Protector {
    private long highest = -1;

    GcmProtector(MediaKey k) {
      super(k);
    }

    @Override
    public int protect(byte[] b, int off, int len) throws PolicyException {
      int hl = headerLength(b, off, len);
      if (hl < 0) {
        throw new IllegalArgumentException("not an RTP version 2 packet");
      }
      int seq = seq(b, off);
      long index = highest < 0 ? seq : Replay.estimate(highest, seq);
      if (index <= highest) {
        throw new PolicyException("packet index " + index + " was already protected; that would reuse a nonce");
      }
      iv(ssrc(b, off), index);
      try {
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG * 8, iv));
        cipher.updateAAD(b, off, hl);
        int n = cipher.doFinal(b, off + hl, len - hl, b, off + hl);
        System.arraycopy(mki, 0, b, off + hl + n, mki.length);
        highest = index;
        return hl + n + mki.length;
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("AES-GCM failed", e);
      }
    }
  }

  private static final class GcmUnprotector extends Base implements Unprotector {
    private final Replay replay = new Replay();
    private final byte[] scratch = new byte[2048];
    private int plain;

    GcmUnprotector(MediaKey k) {
      super(k);
    }

    @Override
    public MediaStatus unprotect(byte[] b, int off, int len) {
      int end = len - mki.length;
      int hl = headerLength(b, off, end);
      if (hl < 0 || end - hl < TAG || end > scratch.length) {
        return MediaStatus.MALFORMED;
      }
      long index = replay.estimate(seq(b, off));
      MediaStatus s = replay.check(index);
      if (s != MediaStatus.OK) {
        return s;
      }
      iv(ssrc(b, off), index);
      try {
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG * 8, iv));
        cipher.updateAAD(b, off, hl);
        int n = cipher.doFinal(b, off + hl, end - hl, scratch, 0);
        System.arraycopy(scratch, 0, b, off + hl, n);
        replay.accept(index);
        plain = hl + n;
        return MediaStatus.OK;
      } catch (AEADBadTagException e) {
        return MediaStatus.AUTH_FAILED;
      } catch (GeneralSecurityException e) {
        return MediaStatus.MALFORMED;
      }
    }

    @Override
    public int plainLength() {
      return plain;
    }
  }
}
