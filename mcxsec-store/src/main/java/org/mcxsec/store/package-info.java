// SPDX-License-Identifier: Apache-2.0
/**
 * Storage for the services: {@link org.mcxsec.store.Database} (JDBC, Flyway, embedded H2 or PostgreSQL) and
 * {@link org.mcxsec.store.SecretSealer} (secrets at rest under the key-encryption key, bound to their row).
 */
package org.mcxsec.store;
