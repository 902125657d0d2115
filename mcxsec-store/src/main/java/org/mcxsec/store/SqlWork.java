// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.store;

import java.sql.Connection;

/** A unit of work run by {@link Database#transaction} on one connection. */
@FunctionalInterface
public interface SqlWork<T, E extends Exception> {
  T run(Connection connection) throws E, java.sql.SQLException;
}
