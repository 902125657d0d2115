// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli;

import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.McxException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.sakke.SakkeDecapsulator;
import org.mcxsec.crypto.sakke.SakkeEncapsulatedData;
import org.mcxsec.crypto.sakke.SakkeReceiverKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mcxsec sakke decapsulate}: validates the RSK (RFC 6508 §6.1.2), then decapsulates (§6.2.2). Prints
 * {@code ssv=}, or exit 1 with an {@code error=} line when the RSK or the encapsulated data is rejected.
 */
@Command(name = "decapsulate", description = "Recover the SSV with the receiver's RSK (RFC 6508 6.2.2).")
public final class SakkeDecapsulateCommand implements McxCommand {
  @Option(names = "--zpub", required = true, converter = HexConverter.class, description = "KMS public key Z")
  Bytes zPub;

  @Option(names = "--id", required = true, converter = HexConverter.class, description = "receiver identifier")
  Bytes id;

  @Option(names = "--rsk", required = true, converter = HexConverter.class, description = "receiver secret key")
  Bytes rsk;

  @Option(names = "--sed", required = true, converter = HexConverter.class, description = "encapsulated data R ‖ H")
  Bytes sed;

  @Override
  public CliResult execute() throws McxException {
    SakkeEncapsulatedData data = SakkeEncapsulatedData.decode(sed);
    try (SakkeReceiverKey key = SakkeReceiverKey.validate(zPub, id,
            SecretBytes.copyOf(rsk.toByteArray(), InsecureSecretAccess.get()));
        SakkeDecapsulator decapsulator = new SakkeDecapsulator(key);
        SecretBytes ssv = decapsulator.decapsulate(data)) {
      return CliResult.ok("ssv", Bytes.copyOf(ssv.toByteArray(InsecureSecretAccess.get())).toHex());
    }
  }
}
