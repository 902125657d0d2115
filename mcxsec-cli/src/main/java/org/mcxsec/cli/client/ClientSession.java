// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli.client;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.mcxsec.client.GmkEntry;
import org.mcxsec.client.GmkKeyStore;
import org.mcxsec.client.GmkTable;
import org.mcxsec.client.McxClient;
import org.mcxsec.client.media.SrtpMediaProtection;
import org.mcxsec.client.provisioning.ClientProvisioning;
import org.mcxsec.client.provisioning.GroupNotifications;
import org.mcxsec.client.provisioning.ServiceClient;
import org.mcxsec.crypto.McxException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.store.KeyEncryptionKey;

/**
 * One {@code mcxsec client} run against {@code serve}: the user's token and key sets from the KMS, its GMKs
 * (from the key store under {@code --data}, then from the GMS, every GKTP opened and verified), and its
 * connection to the call server.
 *
 * <p>Thread safety: {@link #fetch} and {@link #save} may be called from the notification thread too.
 */
final class ClientSession implements AutoCloseable {
  private final ClientOptions options;
  private final Clock clock = Clock.systemUTC();
  private final SecureRandom random = new SecureRandom();
  private final GmkTable table;
  private final ServiceClient services;
  private final ClientProvisioning provisioning;
  private final SecretBytes storeKey;
  private final Path storeFile;
  private final Set<String> followed = ConcurrentHashMap.newKeySet();
  private McxClient client;

  private ClientSession(ClientOptions options, GmkTable table, ServiceClient services,
      ClientProvisioning provisioning, SecretBytes storeKey, Path storeFile) {
    this.options = options;
    this.table = table;
    this.services = services;
    this.provisioning = provisioning;
    this.storeKey = storeKey;
    this.storeFile = storeFile;
  }

  /** Takes a token and the user's key sets, and loads the key store under {@code --data} if there is one. */
  static ClientSession open(ClientOptions o) throws IOException, McxException {
    ServiceClient services = new ServiceClient(HttpClient.newHttpClient(), o.url());
    SecretBytes key = null;
    Path file = null;
    GmkTable table = new GmkTable();
    if (o.data() != null) {
      Files.createDirectories(o.data());
      key = KeyEncryptionKey.loadOrGenerate(o.data().resolve("kek"), new SecureRandom()).deriveSubkey("client-gmks");
      file = o.data().resolve("gmks-" + o.user().replaceAll("[^A-Za-z0-9._-]", "_"));
    }
    ClientProvisioning p;
    try {
      p = ClientProvisioning.provision(services, o.user(), o.password(), o.gmsUri(), table, Clock.systemUTC());
    } catch (IOException | McxException | RuntimeException e) {
      if (key != null) {
        key.destroy();
      }
      throw e;
    }
    ClientSession s = new ClientSession(o, table, services, p, key, file);
    if (file != null && Files.exists(file)) {
      try {
        new GmkKeyStore(s.random).load(file, table, key);
      } catch (IOException | McxException | RuntimeException e) {
        s.close();
        throw e;
      }
    }
    return s;
  }

  /** Fetches {@code groupId}'s document and stores the GMKs of its GKTPs (TS 24.481), then saves the store. */
  List<GmkEntry> fetch(String groupId) throws IOException, McxException {
    List<GmkEntry> got = provisioning.fetchGroup(groupId);
    followed.add(groupId);
    save();
    return got;
  }

  /** Writes the GMK table to the key store, if {@code --data} was given. */
  synchronized void save() throws IOException {
    if (storeFile != null) {
      new GmkKeyStore(random).save(storeFile, table, storeKey);
    }
  }

  /**
   * Subscribes to the GMS notifications: each changed document is fetched, its GKTPs opened and verified, the
   * store saved, and one line printed for new GMKs ({@code updated=G gmk-ids=…}) or a failed fetch
   * ({@code update-error=G …}).
   */
  GroupNotifications subscribe(PrintWriter out) {
    return provisioning.subscribe(new ClientProvisioning.GroupUpdates() {
      @Override
      public void fetched(String groupId, List<GmkEntry> gmks) {
        if (gmks.isEmpty()) {
          return;
        }
        try {
          save();
        } catch (IOException e) {
          failed(groupId, e);
        }
        out.println("updated=" + groupId + " gmk-ids=" + String.join(",", gmks.stream().map(GmkEntry::gmkIdHex)
            .sorted().toList()));
        out.flush();
      }

      @Override
      public void subscribed() {
        // after a reconnection: fetch what changed while the stream was down
        for (String g : followed) {
          try {
            fetched(g, provisioning.fetchGroup(g));
          } catch (IOException | McxException | RuntimeException e) {
            failed(g, e);
          }
        }
      }

      @Override
      public void failed(String groupId, Exception e) {
        out.println("update-error=" + groupId + " " + String.valueOf(e.getMessage()).replace('\n', ' '));
        out.flush();
      }
    });
  }

  /** Connects to the call server with the user's token. */
  McxClient connect() throws IOException {
    client = McxClient.connect(options.callServer(), options.user(), provisioning.token(), table,
        new SrtpMediaProtection(), clock);
    return client;
  }

  GmkTable table() {
    return table;
  }

  ServiceClient services() {
    return services;
  }

  String token() {
    return provisioning.token();
  }

  @Override
  public void close() {
    if (client != null) {
      client.close();
    }
    provisioning.close();
    if (storeKey != null) {
      storeKey.destroy();
    }
  }
}
