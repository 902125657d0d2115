// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.bench;

import java.security.GeneralSecurityException;
import org.jitsi.srtp.SrtpContextFactory;
import org.jitsi.srtp.SrtpCryptoContext;
import org.jitsi.srtp.SrtpErrorStatus;
import org.jitsi.srtp.SrtpPolicy;
import org.jitsi.utils.ByteArrayBuffer;
import org.jitsi.utils.logging2.LoggerImpl;

/** jitsi-srtp's contexts (OpenSSL through JNI where its native library loads), replay checks on. */
final class JitsiSrtpAdapter implements SrtpBenchAdapter {
  private final int ssrc;
  private final SrtpContextFactory receiverFactory;
  private final SrtpContextFactory senderFactory;
  private final SrtpCryptoContext sender;
  private final Buffer buffer = new Buffer();
  private SrtpCryptoContext receiver;

  JitsiSrtpAdapter(String profile, int ssrc) throws GeneralSecurityException {
    this.ssrc = ssrc;
    boolean gcm = profile.equals("aead-aes-128-gcm");
    if (!gcm && !profile.equals("aes-cm-128-hmac-sha1-80")) {
      throw new IllegalArgumentException("unknown profile " + profile);
    }
    LoggerImpl logger = new LoggerImpl(JitsiSrtpAdapter.class.getName());
    int saltOctets = gcm ? 12 : 14;
    senderFactory = new SrtpContextFactory(true, SrtpBenchAdapter.masterKey(), SrtpBenchAdapter.masterSalt(
        saltOctets), policy(gcm), policy(gcm), logger);
    receiverFactory = new SrtpContextFactory(false, SrtpBenchAdapter.masterKey(), SrtpBenchAdapter.masterSalt(
        saltOctets), policy(gcm), policy(gcm), logger);
    sender = senderFactory.deriveContext(ssrc, 0);
    receiver = receiverFactory.deriveContext(ssrc, 0);
  }

  private static SrtpPolicy policy(boolean gcm) {
    return gcm
        ? new SrtpPolicy(SrtpPolicy.AESGCM_ENCRYPTION, 16, SrtpPolicy.NULL_AUTHENTICATION, 0, 16, 12)
        : new SrtpPolicy(SrtpPolicy.AESCM_ENCRYPTION, 16, SrtpPolicy.HMACSHA1_AUTHENTICATION, 20, 10, 14);
  }

  @Override
  public int protect(byte[] b, int len) {
    buffer.set(b, len);
    try {
      if (sender.transformPacket(buffer) != SrtpErrorStatus.OK) {
        throw new IllegalStateException("jitsi-srtp refused to protect");
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    return buffer.getLength();
  }

  @Override
  public int unprotect(byte[] b, int len) {
    buffer.set(b, len);
    try {
      return receiver.reverseTransformPacket(buffer, false) == SrtpErrorStatus.OK ? buffer.getLength() : -1;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void resetReceiver() {
    try {
      receiver = receiverFactory.deriveContext(ssrc, 0);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    senderFactory.close();
    receiverFactory.close();
  }

  /** A packet in a caller's array, as jitsi-srtp transforms it (length changes in place). */
  private static final class Buffer implements ByteArrayBuffer {
    private byte[] array = new byte[0];
    private int length;

    void set(byte[] a, int len) {
      array = a;
      length = len;
    }

    @Override
    public byte[] getBuffer() {
      return array;
    }

    @Override
    public int getOffset() {
      return 0;
    }

    @Override
    public int getLength() {
      return length;
    }

    @Override
    public void setLength(int len) {
      length = len;
    }

    @Override
    public void setOffset(int off) {
      if (off != 0) {
        throw new UnsupportedOperationException("offset " + off);
      }
    }

    @Override
    public boolean isInvalid() {
      return false;
    }

    @Override
    public void readRegionToBuff(int off, int len, byte[] out) {
      System.arraycopy(array, off, out, 0, len);
    }

    @Override
    public void grow(int howMuch) {
      if (length + howMuch > array.length) {
        throw new IllegalStateException("work buffer too small by " + (length + howMuch - array.length));
      }
    }

    @Override
    public void append(byte[] data, int len) {
      grow(len);
      System.arraycopy(data, 0, array, length, len);
      length += len;
    }

    @Override
    public void shrink(int len) {
      length = Math.max(0, length - len);
    }
  }
}
