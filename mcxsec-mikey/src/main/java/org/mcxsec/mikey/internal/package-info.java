// SPDX-License-Identifier: Apache-2.0
/** Bounded readers, the canonical writer and the JSON rendering behind the codec. Not API. */
package org.mcxsec.mikey.internal;
