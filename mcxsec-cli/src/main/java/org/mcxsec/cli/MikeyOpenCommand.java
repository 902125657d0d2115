// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli;

import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.McxException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.sakke.SakkeDecapsulator;
import org.mcxsec.crypto.sakke.SakkeReceiverKey;
import org.mcxsec.mikey.Freshness;
import org.mcxsec.mikey.IMessageOpener;
import org.mcxsec.mikey.MikeyJson;
import org.mcxsec.mikey.ReceiverKeyFactory;
import org.mcxsec.mikey.ReceiverKeySet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code mcxsec mikey open}: checks an I_MESSAGE in the order of TS 33.180 (structure, "is it for me", the
 * signer's ECCSI signature before any decapsulation, SAKKE, purpose tag, key ID, key parameters) and prints the
 * key as JSON ({@code keyType}, {@code key}, {@code keyId}, {@code csbId}, {@code rand}, …). A message that fails
 * a check exits 1 with an {@code error=} line naming the check. Freshness is not checked: the tool opens captured
 * messages of any age.
 */
@Command(name = "open", description = "Verify and open an I_MESSAGE; print the key as JSON.")
public final class MikeyOpenCommand implements McxCommand {
  @Mixin
  MikeyMessageInput input;

  @Option(names = "--kpak", required = true, converter = HexConverter.class, description = "KMS ECCSI public key")
  Bytes kpak;

  @Option(names = "--zpub", required = true, converter = HexConverter.class, description = "KMS SAKKE public key Z")
  Bytes zPub;

  @Option(names = "--rsk", required = true, converter = HexConverter.class, description = "the receiver's RSK")
  Bytes rsk;

  @Option(names = "--my-uri", required = true, description = "the receiver's URI (MC service user ID)")
  String myUri;

  @Option(names = "--my-uid", converter = HexConverter.class,
      description = "the receiver's UID (else taken from the message's responder UID)")
  Bytes myUid;

  @Option(names = "--signer-uid", converter = HexConverter.class,
      description = "the initiator's UID (else taken from the message's initiator UID)")
  Bytes signerUid;

  @Override
  public CliResult execute() throws McxException {
    Bytes message = input.octets();
    try (SecretBytes secret = SecretBytes.copyOf(rsk.toByteArray(), InsecureSecretAccess.get())) {
      IMessageOpener.Builder b = IMessageOpener.builder(myUri).kpakOnly(kpak).freshness(Freshness.NONE);
      if (signerUid != null) {
        b.signerUid(signerUid);
      }
      if (myUid == null) {
        return CliResult.json(MikeyJson.opened(b.keyForMessageUid(ReceiverKeyFactory.sakke(zPub, secret))
            .build().open(message)));
      }
      try (SakkeReceiverKey key = SakkeReceiverKey.validate(zPub, myUid, secret);
          SakkeDecapsulator decapsulator = new SakkeDecapsulator(key)) {
        return CliResult.json(MikeyJson.opened(b.keySet(ReceiverKeySet.withoutPeriod(myUid, decapsulator))
            .build().open(message)));
      }
    }
  }
}
