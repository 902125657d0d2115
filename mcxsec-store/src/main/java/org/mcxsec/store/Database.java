// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The service database: a pooled JDBC data source plus Flyway migrations (design §3 "Storage").
 *
 * <p>The default is an embedded H2 file database under the data directory; any other JDBC URL (in practice
 * {@code jdbc:postgresql://host:port/db?user=…&password=…}) is used as given. Each service module owns its
 * migrations and its own Flyway history table, so modules migrate independently in one schema.
 *
 * <p>Thread safety: safe to share; connections come from a pool.
 */
public final class Database implements AutoCloseable {
  private final HikariDataSource dataSource;
  private final String url;

  private Database(String url) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(16);
    config.setPoolName("mcxsec-db");
    this.dataSource = new HikariDataSource(config);
    this.url = url;
  }

  /** Opens the database at {@code jdbcUrl} (credentials in the URL where the driver supports it). */
  public static Database open(String jdbcUrl) {
    if (!jdbcUrl.startsWith("jdbc:")) {
      throw new IllegalArgumentException("database URL '" + redact(jdbcUrl) + "' does not start with jdbc:");
    }
    return new Database(jdbcUrl);
  }

  /**
   * Opens or creates the embedded H2 file database {@code mcxsec} in {@code dataDir}. Commits are written to the
   * file at once ({@code WRITE_DELAY=0}), so a process killed right after a commit keeps it.
   */
  public static Database embedded(Path dataDir) {
    return open("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("mcxsec")
        + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
  }

  /**
   * Applies the migrations found at {@code location} (e.g. {@code classpath:db/kms}), recording them in the
   * history table {@code flyway_<module>}.
   */
  public void migrate(String module, String location) {
    if (!module.matches("[a-z][a-z0-9_]{0,30}")) {
      throw new IllegalArgumentException("module name '" + module + "' must match [a-z][a-z0-9_]{0,30}");
    }
    Flyway.configure()
        .dataSource(dataSource)
        .locations(location)
        .table("flyway_" + module)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }

  /** Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. */
  public <T, E extends Exception> T transaction(SqlWork<T, E> work) throws E {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (Exception e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("database error: " + e.getMessage(), e);
    }
  }

  /** True if {@code e} reports a unique-key violation (SQLSTATE 23505 on H2 and PostgreSQL). */
  public static boolean isDuplicateKey(SQLException e) {
    for (SQLException s = e; s != null; s = s.getNextException()) {
      if ("23505".equals(s.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** The JDBC URL with any password parameter removed, for log lines. */
  public String describe() {
    return redact(url);
  }

  static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
