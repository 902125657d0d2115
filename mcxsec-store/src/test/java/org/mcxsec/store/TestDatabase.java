// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * One isolated database for a repository test, on H2 (always) or PostgreSQL (when {@code MCXSEC_TEST_PG_URL},
 * environment variable or system property, names a server; {@code .ci/postgres.sh} starts one). Each instance
 * is a fresh in-memory H2 database or a fresh PostgreSQL schema, and {@link #open()} may be called again to
 * simulate a restart on the same data.
 */
public final class TestDatabase implements AutoCloseable {
  /** The variable naming the PostgreSQL JDBC URL for the PostgreSQL variant of the repository tests. */
  public static final String PG_URL = "MCXSEC_TEST_PG_URL";

  private final String kind;
  private final String url;
  private final String schema;

  private TestDatabase(String kind, String url, String schema) {
    this.kind = kind;
    this.url = url;
    this.schema = schema;
  }

  /** The variants every repository test runs on: {@code h2} and {@code postgresql}. */
  public static List<String> kinds() {
    return List.of("h2", "postgresql");
  }

  /**
   * A fresh database of {@code kind}; the PostgreSQL variant is skipped (with the reason shown) when no server is
   * configured.
   */
  public static TestDatabase create(String kind) {
    if (kind.equals("h2")) {
      return new TestDatabase(kind, "jdbc:h2:mem:t" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null);
    }
    String base = System.getProperty(PG_URL, System.getenv(PG_URL));
    assumeTrue(base != null && !base.isBlank(),
        PG_URL + " is not set: PostgreSQL variant skipped (.ci/run starts a server and sets it)");
    String schema = "t" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
    try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a test schema on " + Database.redact(base), e);
    }
    String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    return new TestDatabase(kind, url, schema);
  }

  /** Opens (or reopens) the database. */
  public Database open() {
    return Database.open(url);
  }

  public String url() {
    return url;
  }

  @Override
  public void close() throws SQLException {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute(schema == null ? "DROP ALL OBJECTS" : "DROP SCHEMA " + schema + " CASCADE");
    }
  }

  @Override
  public String toString() {
    return kind;
  }
}
