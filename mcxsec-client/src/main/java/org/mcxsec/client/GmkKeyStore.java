// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.client;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.BufferUnderflowException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.crypto.McxException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.VerificationFailedException;

/**
 * The client's GMKs at rest (design §3: secrets at rest are encrypted with a key-encryption key): one file,
 * AES-256-GCM under the KEK with a fresh 12-octet IV per save, the format tag as associated data, written to a
 * temporary file and moved into place.
 *
 * <pre>
 *   file   = "MCXK" ‖ version 1 ‖ IV (12) ‖ GCM(entries) ‖ tag (16)
 *   entry  = GMK-ID (4) ‖ GMK (16) ‖ RAND length (1) ‖ RAND ‖ activation (8) ‖ expiry (8) ‖ revoked (1) ‖
 *            group count (2) ‖ { length (2) ‖ UTF-8 group ID }*
 * </pre>
 *
 * <p>Thread safety: stateless; concurrent saves to one file leave one of them.
 */
public final class GmkKeyStore {
  private static final byte[] MAGIC = {'M', 'C', 'X', 'K', 1};
  private static final int IV = 12;
  private static final int TAG = 16;
  /** Most entries a file may hold. */
  public static final int MAX_ENTRIES = GmkTable.MAX_ENTRIES;

  private final SecureRandom random;

  public GmkKeyStore(SecureRandom random) {
    this.random = random;
  }

  /** Writes every entry of {@code table} to {@code file}, sealed under the 32-octet {@code kek}. */
  public void save(Path file, GmkTable table, SecretBytes kek) throws IOException {
    byte[] plain = encode(table.all());
    byte[] iv = new byte[IV];
    random.nextBytes(iv);
    byte[] sealed;
    try {
      Cipher c = cipher(Cipher.ENCRYPT_MODE, kek, iv);
      sealed = c.doFinal(plain);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM failed", e);
    } finally {
      Arrays.fill(plain, (byte) 0);
    }
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.write(tmp, Bytes.concat(Bytes.copyOf(MAGIC), Bytes.copyOf(iv), Bytes.copyOf(sealed)).toByteArray());
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * Reads {@code file} and puts its entries into {@code table}.
   *
   * @throws VerificationFailedException if the file was not sealed under {@code kek} or was changed
   * @throws MalformedMessageException if it is not a key store of this version
   */
  public int load(Path file, GmkTable table, SecretBytes kek) throws IOException, McxException {
    byte[] all = Files.readAllBytes(file);
    if (all.length < MAGIC.length + IV + TAG || !Arrays.equals(Arrays.copyOf(all, MAGIC.length), MAGIC)) {
      throw new MalformedMessageException("key store " + file + " is not an mcxsec key store of version 1");
    }
    byte[] plain;
    try {
      Cipher c = cipher(Cipher.DECRYPT_MODE, kek, Arrays.copyOfRange(all, MAGIC.length, MAGIC.length + IV));
      plain = c.doFinal(all, MAGIC.length + IV, all.length - MAGIC.length - IV);
    } catch (AEADBadTagException e) {
      throw new VerificationFailedException("key store " + file + " does not open under this key-encryption key");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM failed", e);
    }
    try {
      List<GmkEntry> entries = decode(plain);
      entries.forEach(table::put);
      return entries.size();
    } finally {
      Arrays.fill(plain, (byte) 0);
    }
  }

  private static Cipher cipher(int mode, SecretBytes kek, byte[] iv) throws GeneralSecurityException {
    if (kek.size() != 32) {
      throw new IllegalArgumentException("key-encryption key has " + kek.size() + " octets; 32 are required");
    }
    byte[] k = kek.toByteArray(InsecureSecretAccess.get());
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(mode, new SecretKeySpec(k, "AES"), new GCMParameterSpec(TAG * 8, iv));
      c.updateAAD(MAGIC);
      return c;
    } finally {
      Arrays.fill(k, (byte) 0);
    }
  }

  private static byte[] encode(List<GmkEntry> entries) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(buf);
    out.writeInt(entries.size());
    for (GmkEntry e : entries) {
      out.writeInt(e.gmkId());
      byte[] k = e.gmk().toByteArray(InsecureSecretAccess.get());
      out.write(k);
      Arrays.fill(k, (byte) 0);
      out.writeByte(e.rand().size());
      out.write(e.rand().toByteArray());
      out.writeLong(e.activation().getEpochSecond());
      out.writeLong(e.expiry().getEpochSecond());
      out.writeBoolean(e.revoked());
      out.writeShort(e.groupIds().size());
      for (String g : e.groupIds()) {
        byte[] u = g.getBytes(StandardCharsets.UTF_8);
        out.writeShort(u.length);
        out.write(u);
      }
    }
    return buf.toByteArray();
  }

  private static List<GmkEntry> decode(byte[] plain) throws MalformedMessageException {
    ByteBuffer in = ByteBuffer.wrap(plain);
    try {
      int n = in.getInt();
      if (n < 0 || n > MAX_ENTRIES) {
        throw new MalformedMessageException("key store holds " + n + " entries; at most " + MAX_ENTRIES);
      }
      List<GmkEntry> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int id = in.getInt();
        byte[] k = new byte[16];
        in.get(k);
        byte[] rand = new byte[in.get() & 0xFF];
        in.get(rand);
        Instant activation = Instant.ofEpochSecond(in.getLong());
        Instant expiry = Instant.ofEpochSecond(in.getLong());
        boolean revoked = in.get() != 0;
        int groups = in.getShort() & 0xFFFF;
        Set<String> ids = new HashSet<>();
        for (int g = 0; g < groups; g++) {
          byte[] u = new byte[in.getShort() & 0xFFFF];
          in.get(u);
          ids.add(new String(u, StandardCharsets.UTF_8));
        }
        try (SecretBytes gmk = SecretBytes.wrap(k, InsecureSecretAccess.get())) {
          out.add(new GmkEntry(gmk, id, Bytes.copyOf(rand), ids, activation, expiry, revoked));
        } catch (IllegalArgumentException e) {
          throw new MalformedMessageException("key store entry " + i + ": " + e.getMessage());
        }
      }
      if (in.hasRemaining()) {
        throw new MalformedMessageException("key store has " + in.remaining() + " octets after its last entry");
      }
      return out;
    } catch (BufferUnderflowException e) {
      throw new MalformedMessageException("key store ends inside an entry");
    }
  }
}
