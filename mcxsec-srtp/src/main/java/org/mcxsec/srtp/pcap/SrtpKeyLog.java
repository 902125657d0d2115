// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp.pcap;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.srtp.GroupMasterKey;
import org.mcxsec.srtp.MediaKeyDerivation;
import org.mcxsec.srtp.SrtpMasterKey;
import org.mcxsec.srtp.SrtpOptions;
import org.mcxsec.srtp.SrtpProfile;

/**
 * The keys that open an SRTP capture, one per line, as {@code name=value} fields separated by spaces; hex is
 * case-insensitive; {@code #} starts a comment line.
 *
 * <pre>
 *   # a master key, with the MKI its packets carry (omit mki= for none)
 *   profile=aead-aes-128-gcm master-key=&lt;32 hex&gt; master-salt=&lt;24 hex&gt; [mki=&lt;hex&gt;] [roc=&lt;n&gt;] [rccm3=&lt;R&gt;]
 *
 *   # a GMK: every sender's key is derived from the GUK-ID in its MKI (TS 33.180 §7.4.2)
 *   profile=aead-aes-128-gcm gmk-id=&lt;8 hex&gt; gmk=&lt;hex&gt; rand=&lt;hex&gt; [cs-id=4] [rccm3=&lt;R&gt;]
 * </pre>
 *
 * <p>Security: a key log holds raw secrets; write one only for a capture you mean to open.
 *
 * @param masterKeys the master key lines, in file order
 * @param gmks the GMK lines, in file order
 */
public record SrtpKeyLog(List<MasterKeyLine> masterKeys, List<GmkLine> gmks) implements AutoCloseable {
  private static final Set<String> MASTER_FIELDS = Set.of("profile", "master-key", "master-salt", "mki", "roc",
      "rccm3");
  private static final Set<String> GMK_FIELDS = Set.of("profile", "gmk-id", "gmk", "rand", "cs-id", "rccm3");

  public SrtpKeyLog {
    masterKeys = List.copyOf(masterKeys);
    gmks = List.copyOf(gmks);
  }

  /** One master key and the options its receiver needs. */
  public record MasterKeyLine(SrtpMasterKey key, SrtpOptions options) {}

  /** One GMK, with the profile, CS-ID and options of the calls it protects. */
  public record GmkLine(GroupMasterKey gmk, SrtpProfile profile, int csId, SrtpOptions options) {}

  /**
   * Parses a key log.
   *
   * @throws MalformedMessageException naming the line, the field and what is wrong with it
   */
  public static SrtpKeyLog parse(String text) throws MalformedMessageException {
    List<MasterKeyLine> keys = new ArrayList<>();
    List<GmkLine> gmks = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = "key log line " + (i + 1);
      Map<String, String> f = fields(line, where);
      try {
        if (f.containsKey("gmk")) {
          gmks.add(gmkLine(f, where));
        } else {
          keys.add(masterKeyLine(f, where));
        }
      } catch (IllegalArgumentException e) {
        throw new MalformedMessageException(where + ": " + e.getMessage());
      }
    }
    return new SrtpKeyLog(keys, gmks);
  }

  private static MasterKeyLine masterKeyLine(Map<String, String> f, String where) throws MalformedMessageException {
    only(f, MASTER_FIELDS, where);
    SrtpProfile profile = SrtpProfile.fromName(required(f, "profile", where));
    SrtpOptions options = SrtpOptions.defaults().withInitialRoc(number(f, "roc", 0, where))
        .withRccm3((int) number(f, "rccm3", 0, where));
    try (SecretBytes key = secret(f, "master-key", where); SecretBytes salt = secret(f, "master-salt", where)) {
      Bytes mki = f.containsKey("mki") ? Bytes.copyOf(hex(f, "mki", where)) : Bytes.empty();
      return new MasterKeyLine(SrtpMasterKey.of(profile, key, salt, mki), options);
    }
  }

  private static GmkLine gmkLine(Map<String, String> f, String where) throws MalformedMessageException {
    only(f, GMK_FIELDS, where);
    SrtpProfile profile = SrtpProfile.fromName(required(f, "profile", where));
    byte[] id = hex(f, "gmk-id", where);
    if (id.length != 4) {
      throw new MalformedMessageException(where + ": gmk-id has " + id.length + " octets; expected 4");
    }
    int gmkId = (id[0] & 0xFF) << 24 | (id[1] & 0xFF) << 16 | (id[2] & 0xFF) << 8 | (id[3] & 0xFF);
    int csId = (int) number(f, "cs-id", MediaKeyDerivation.CS_ID_MCPTT_GROUP, where);
    SrtpOptions options = SrtpOptions.defaults().withRccm3((int) number(f, "rccm3", 0, where));
    try (SecretBytes gmk = secret(f, "gmk", where)) {
      return new GmkLine(GroupMasterKey.of(gmk, gmkId, Bytes.copyOf(hex(f, "rand", where))), profile, csId,
          options);
    }
  }

  /** Wipes every key this log holds. */
  @Override
  public void close() {
    masterKeys.forEach(k -> k.key().close());
    gmks.forEach(g -> g.gmk().close());
  }

  /** The key-log line for {@code key}. Security: prints the raw master key and salt. */
  public static String insecureFormat(SrtpMasterKey key) {
    InsecureSecretAccess access = InsecureSecretAccess.get();
    return "profile=" + key.profile().cliName() + " master-key=" + HexFormat.of().formatHex(key.key().toByteArray(
        access)) + " master-salt=" + HexFormat.of().formatHex(key.salt().toByteArray(access))
        + (key.mki().isEmpty() ? "" : " mki=" + key.mki().toHex());
  }

  /** The key-log line for a GMK. Security: prints the raw GMK. */
  public static String insecureFormat(GroupMasterKey gmk, SrtpProfile profile, int csId) {
    return "profile=" + profile.cliName() + " gmk-id=" + String.format("%08x", gmk.gmkId()) + " gmk="
        + HexFormat.of().formatHex(gmk.gmk().toByteArray(InsecureSecretAccess.get())) + " rand="
        + gmk.rand().toHex() + " cs-id=" + csId;
  }

  private static Map<String, String> fields(String line, String where) throws MalformedMessageException {
    Map<String, String> f = new LinkedHashMap<>();
    for (String token : line.split("\\s+")) {
      int eq = token.indexOf('=');
      if (eq <= 0) {
        throw new MalformedMessageException(where + ": '" + token + "' is not name=value");
      }
      if (f.put(token.substring(0, eq), token.substring(eq + 1)) != null) {
        throw new MalformedMessageException(where + ": field " + token.substring(0, eq) + " appears twice");
      }
    }
    return f;
  }

  private static void only(Map<String, String> f, Set<String> allowed, String where)
      throws MalformedMessageException {
    for (String name : f.keySet()) {
      if (!allowed.contains(name)) {
        throw new MalformedMessageException(where + ": unknown field '" + name + "'; expected "
            + String.join(", ", allowed.stream().sorted().toList()));
      }
    }
  }

  private static String required(Map<String, String> f, String name, String where)
      throws MalformedMessageException {
    String v = f.get(name);
    if (v == null) {
      throw new MalformedMessageException(where + ": field " + name + " is missing");
    }
    return v;
  }

  private static byte[] hex(Map<String, String> f, String name, String where) throws MalformedMessageException {
    String v = required(f, name, where);
    try {
      return Bytes.fromHex(v).toByteArray();
    } catch (IllegalArgumentException e) {
      throw new MalformedMessageException(where + ": field " + name + ": " + e.getMessage());
    }
  }

  private static SecretBytes secret(Map<String, String> f, String name, String where)
      throws MalformedMessageException {
    return SecretBytes.wrap(hex(f, name, where), InsecureSecretAccess.get());
  }

  private static long number(Map<String, String> f, String name, long absent, String where)
      throws MalformedMessageException {
    String v = f.get(name);
    if (v == null) {
      return absent;
    }
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new MalformedMessageException(where + ": field " + name + " '" + v + "' is not a decimal number");
    }
  }
}
