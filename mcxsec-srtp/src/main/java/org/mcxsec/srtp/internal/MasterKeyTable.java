// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp.internal;

import java.util.List;
import org.mcxsec.srtp.SrtpMasterKey;
import org.mcxsec.srtp.SrtpProfile;

/**
 * The master keys of one receiver, each with its session-key transform, looked up by the MKI in a packet
 * (RFC 3711 §3.3 step 1). All keys share a profile and an MKI length.
 *
 * <p>Thread safety: not thread-safe.
 */
public final class MasterKeyTable implements AutoCloseable {
  private final SrtpProfile profile;
  private final int mkiLength;
  private final byte[][] mkis;
  private final PacketCrypto[] cryptos;

  /**
   * Session keys for SRTP ({@code rtcp} false) or SRTCP from each of {@code keys}.
   *
   * @throws IllegalArgumentException if the keys are empty, mix profiles or MKI lengths, or repeat an MKI
   */
  public MasterKeyTable(List<SrtpMasterKey> keys, boolean rtcp) {
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("a receiver needs at least one master key");
    }
    profile = keys.get(0).profile();
    mkiLength = keys.get(0).mki().size();
    for (int i = 0; i < keys.size(); i++) {
      SrtpMasterKey k = keys.get(i);
      if (k.profile() != profile || k.mki().size() != mkiLength) {
        throw new IllegalArgumentException("master key " + i + " (" + k.profile() + ", " + k.mki().size()
            + "-octet MKI) differs from key 0 (" + profile + ", " + mkiLength + "-octet MKI)");
      }
      for (int j = 0; j < i; j++) {
        if (keys.get(j).mki().equals(k.mki())) {
          throw new IllegalArgumentException("master keys " + j + " and " + i + " share the MKI " + k.mki());
        }
      }
    }
    mkis = new byte[keys.size()][];
    cryptos = new PacketCrypto[keys.size()];
    for (int i = 0; i < keys.size(); i++) {
      mkis[i] = keys.get(i).mki().toByteArray();
      cryptos[i] = rtcp ? PacketCrypto.forRtcp(keys.get(i)) : PacketCrypto.forRtp(keys.get(i));
    }
  }

  public SrtpProfile profile() {
    return profile;
  }

  public int mkiLength() {
    return mkiLength;
  }

  public int size() {
    return cryptos.length;
  }

  /** The transform whose MKI equals {@code b[mkiOff, mkiOff + mkiLength)}, or null. */
  public PacketCrypto select(byte[] b, int mkiOff) {
    for (int i = 0; i < mkis.length; i++) {
      byte[] m = mkis[i];
      boolean same = true;
      for (int j = 0; j < m.length; j++) {
        same &= b[mkiOff + j] == m[j];
      }
      if (same) {
        return cryptos[i];
      }
    }
    return null;
  }

  /** Wipes every session key. */
  @Override
  public void close() {
    for (PacketCrypto c : cryptos) {
      c.close();
    }
  }
}
