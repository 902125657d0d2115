// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli;

import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.sakke.SakkeKmsKey;
import org.mcxsec.crypto.sakke.SakkeReceiverKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mcxsec sakke keygen}: the KMS public key Z = [z]P and the RSK of an identifier (RFC 6508 §6.1.1).
 * Prints {@code zpub=} and {@code rsk=}.
 */
@Command(name = "keygen", description = "Z and the RSK of an identifier (RFC 6508 6.1.1).")
public final class SakkeKeygenCommand implements McxCommand {
  @Option(names = "--z", required = true, converter = HexConverter.class, description = "KMS master secret z")
  Bytes z;

  @Option(names = "--id", required = true, converter = HexConverter.class, description = "identifier (e.g. a UID)")
  Bytes id;

  @Override
  public CliResult execute() throws KeyMaterialException {
    try (SakkeKmsKey kms = SakkeKmsKey.fromZ(SecretBytes.copyOf(z.toByteArray(), InsecureSecretAccess.get()));
        SakkeReceiverKey rsk = kms.issue(id)) {
      return CliResult.ok(
          "zpub", kms.publicKey().toHex(),
          "rsk", Bytes.copyOf(rsk.rsk().toByteArray(InsecureSecretAccess.get())).toHex());
    }
  }
}
