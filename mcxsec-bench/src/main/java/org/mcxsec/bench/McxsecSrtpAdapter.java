// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.bench;

import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.McxException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.srtp.PacketBuffer;
import org.mcxsec.srtp.SrtpMasterKey;
import org.mcxsec.srtp.SrtpProfile;
import org.mcxsec.srtp.SrtpReceiver;
import org.mcxsec.srtp.SrtpSender;
import org.mcxsec.srtp.UnprotectStatus;

/** mcxsec's {@link SrtpSender} and {@link SrtpReceiver} on a reused {@link PacketBuffer}. */
final class McxsecSrtpAdapter implements SrtpBenchAdapter {
  private final SrtpMasterKey key;
  private final SrtpSender sender;
  private final PacketBuffer buffer = new PacketBuffer(new byte[0], 0, 0);
  private SrtpReceiver receiver;

  McxsecSrtpAdapter(String profileName, int mkiOctets) {
    SrtpProfile profile = SrtpProfile.fromName(profileName);
    InsecureSecretAccess access = InsecureSecretAccess.get();
    key = SrtpMasterKey.of(profile, SecretBytes.wrap(SrtpBenchAdapter.masterKey(), access),
        SecretBytes.wrap(SrtpBenchAdapter.masterSalt(profile.masterSaltOctets()), access),
        Bytes.copyOf(new byte[mkiOctets]));
    sender = new SrtpSender(key);
    receiver = new SrtpReceiver(key);
  }

  @Override
  public int protect(byte[] b, int len) {
    buffer.set(b, 0, len);
    try {
      sender.protect(buffer);
    } catch (McxException e) {
      throw new IllegalStateException(e);
    }
    return buffer.length();
  }

  @Override
  public int unprotect(byte[] b, int len) {
    buffer.set(b, 0, len);
    return receiver.unprotect(buffer) == UnprotectStatus.OK ? buffer.length() : -1;
  }

  @Override
  public void resetReceiver() {
    receiver.close();
    receiver = new SrtpReceiver(key);
  }

  @Override
  public void close() {
    sender.close();
    receiver.close();
    key.close();
  }
}
