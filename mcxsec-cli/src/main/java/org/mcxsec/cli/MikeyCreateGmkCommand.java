// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.McxException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.eccsi.EccsiSigningKey;
import org.mcxsec.mikey.IMessageCreator;
import org.mcxsec.mikey.IdrForm;
import org.mcxsec.mikey.KeyDelivery;
import org.mcxsec.mikey.MikeyCodec;
import org.mcxsec.mikey.MikeyIdentity;
import org.mcxsec.mikey.MikeyJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mcxsec mikey create-gmk}: one member's GMK I_MESSAGE as a GMS makes it (TS 33.180 §5.7, Annex E): the GMK
 * SAKKE-encapsulated to the member's UID, GUK-ID in the CSB ID, the GENERIC-ID map with SPI = GMK-ID ‖ GUK-ID, the
 * key-parameters extension (E.6) and the GMS's ECCSI signature. The IDRs carry both URIs and UIDs, so a receiver
 * can open the message without knowing either UID in advance. Prints {@code base64=}, and with {@code --json}
 * also {@code json=} (the decoded message on one line).
 */
@Command(name = "create-gmk", description = "Create a signed GMK I_MESSAGE for one member (TS 33.180 5.7).")
public final class MikeyCreateGmkCommand implements McxCommand {
  @Option(names = "--gmk", required = true, converter = HexConverter.class, description = "GMK, 16 octets")
  Bytes gmk;

  @Option(names = "--gmk-id", required = true, converter = HexConverter.class,
      description = "GMK-ID, 4 octets with purpose tag 0")
  Bytes gmkId;

  @Option(names = "--rand", required = true, converter = HexConverter.class, description = "RAND, 16 octets")
  Bytes rand;

  @Option(names = "--recipient-uri", required = true, description = "the member's MC service user ID")
  String recipientUri;

  @Option(names = "--recipient-uid", required = true, converter = HexConverter.class,
      description = "the member's UID for the current key period")
  Bytes recipientUid;

  @Option(names = "--gms-uri", required = true, description = "the GMS's URI")
  String gmsUri;

  @Option(names = "--gms-uid", required = true, converter = HexConverter.class, description = "the GMS's UID")
  Bytes gmsUid;

  @Option(names = "--gms-ssk", required = true, converter = HexConverter.class, description = "the GMS's SSK")
  Bytes gmsSsk;

  @Option(names = "--gms-pvt", required = true, converter = HexConverter.class, description = "the GMS's PVT")
  Bytes gmsPvt;

  @Option(names = "--kpak", required = true, converter = HexConverter.class, description = "KMS ECCSI public key")
  Bytes kpak;

  @Option(names = "--zpub", required = true, converter = HexConverter.class,
      description = "the member's KMS SAKKE public key Z")
  Bytes zPub;

  @Option(names = "--group", description = "MC group ID bound to the GMK (repeatable)")
  List<String> groups = new ArrayList<>();

  @Option(names = "--json", description = "also print the decoded message as json=")
  boolean json;

  @Override
  public CliResult execute() throws McxException {
    if (gmk.size() != 16) {
      return CliResult.usage("--gmk has " + gmk.size() + " octets; 16 are required");
    }
    if (gmkId.size() != 4 || gmkId.get(0) >>> 4 != 0) {
      return CliResult.usage("--gmk-id must be 4 octets with purpose tag 0 (first hex digit 0), got " + gmkId);
    }
    if (rand.size() < 16) {
      return CliResult.usage("--rand has " + rand.size() + " octets; at least 16 are required");
    }
    int id = gmkId.get(0) << 24 | gmkId.get(1) << 16 | gmkId.get(2) << 8 | gmkId.get(3);
    InsecureSecretAccess access = InsecureSecretAccess.get();
    try (SecretBytes key = SecretBytes.copyOf(gmk.toByteArray(), access);
        EccsiSigningKey signing = EccsiSigningKey.validate(kpak, gmsUid,
            SecretBytes.copyOf(gmsSsk.toByteArray(), access), gmsPvt)) {
      SecureRandom random = new SecureRandom();
      Bytes message = IMessageCreator.eccsiSakke(MikeyIdentity.withUid(gmsUri, gmsUid), signing, random,
              Clock.systemUTC())
          .create(key, KeyDelivery.gmk(id, rand, MikeyIdentity.withUid(recipientUri, recipientUid), zPub,
              List.copyOf(groups)).withIdrForm(IdrForm.URI_AND_UID));
      String b64 = Base64.getEncoder().encodeToString(message.toByteArray());
      return json
          ? CliResult.ok("base64", b64, "json", MikeyJson.decoded(new MikeyCodec().decode(message)))
          : CliResult.ok("base64", b64);
    }
  }
}
