// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli;

import org.mcxsec.crypto.Bytes;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts a hex option value to {@link Bytes}; a bad value is a usage error naming the problem. */
public final class HexConverter implements ITypeConverter<Bytes> {
  @Override
  public Bytes convert(String value) {
    try {
      return Bytes.fromHex(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
