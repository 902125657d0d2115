// SPDX-License-Identifier: Apache-2.0
/**
 * The {@code serve} composition: {@link org.mcxsec.server.app.McxServer#start} with a
 * {@link org.mcxsec.server.app.ServerConfig} and the YAML {@link org.mcxsec.server.app.McxConfig}.
 */
package org.mcxsec.server.app;
