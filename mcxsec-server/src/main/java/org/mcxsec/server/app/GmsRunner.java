// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.app;

import io.javalin.Javalin;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.mcxsec.auth.http.BearerAuth;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.gms.FanOutProgress;
import org.mcxsec.gms.GmkMessageFactory;
import org.mcxsec.gms.GmkPolicy;
import org.mcxsec.gms.GmsService;
import org.mcxsec.gms.GmsStore;
import org.mcxsec.gms.GroupDefinition;
import org.mcxsec.gms.GroupKind;
import org.mcxsec.gms.http.GmsRoutes;
import org.mcxsec.store.Database;
import org.mcxsec.store.SecretSealer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The GMS inside {@code serve}: synchronises the configured groups at start (finishing any fan-out a crash cut
 * short), serves documents and notifications, and runs {@link GmsService#maintain()} every minute for rollovers.
 */
final class GmsRunner {
  private static final Logger LOG = LoggerFactory.getLogger(GmsRunner.class);
  private static final int LOG_FAN_OUTS_FROM = 100;

  private final GmsService service;
  private final ScheduledExecutorService scheduler;

  private GmsRunner(GmsService service, ScheduledExecutorService scheduler) {
    this.service = service;
    this.scheduler = scheduler;
  }

  static GmsRunner start(McxConfig c, GmkMessageFactory messages, Database db, SecretSealer sealer,
      SecureRandom random, Clock clock, BearerAuth bearer, Javalin app) throws KeyMaterialException {
    GmsRoutes routes = new GmsRoutes(bearer);
    FanOutProgress progress = (gmk, done, total) -> {
      if (total >= LOG_FAN_OUTS_FROM) {
        LOG.info("GMK {} of {}: delivered to {} of {} members", gmk.gmkIdHex(), gmk.groupId(), done, total);
      }
    };
    GmkPolicy policy = new GmkPolicy(Duration.ofSeconds(c.gms().gmkLifetime()),
        Duration.ofSeconds(c.gms().gmkRolloverLead()));
    GmsService service = new GmsService(GmsStore.jdbc(db), sealer, messages, policy, random, clock, routes,
        progress);
    service.configure(definitions(c));
    routes.install(app, service);
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "gms-maintenance");
      t.setDaemon(true);
      return t;
    });
    scheduler.scheduleWithFixedDelay(() -> {
      try {
        service.maintain();
      } catch (KeyMaterialException | RuntimeException e) {
        LOG.error("GMS maintenance failed: {}", e.getMessage());
      }
    }, 1, 1, TimeUnit.MINUTES);
    return new GmsRunner(service, scheduler);
  }

  static List<GroupDefinition> definitions(McxConfig c) {
    List<GroupDefinition> defs = new ArrayList<>();
    c.groups().forEach(g -> defs.add(new GroupDefinition(g.id(), GroupKind.GROUP, g.members())));
    c.preconfiguredGroups().forEach(g -> defs.add(new GroupDefinition(g.id(), GroupKind.PRECONFIGURED, g.holders())));
    c.securityConfigurations().forEach(g ->
        defs.add(new GroupDefinition(g.id(), GroupKind.SECURITY_CONFIGURATION, g.holders())));
    return defs;
  }

  GmsService service() {
    return service;
  }

  void stop() {
    scheduler.shutdownNow();
    service.close();
  }
}
