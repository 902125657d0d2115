// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.app;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mcxsec.crypto.MalformedMessageException;

/** Reads {@link McxConfig} from YAML; unknown keys are errors (a typo must not silently become a default). */
public final class McxConfigFile {
  private McxConfigFile() {}

  /** Parses {@code yaml} text ({@code where} names it in messages). */
  public static McxConfig parse(String yaml, String where) throws MalformedMessageException {
    ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    try {
      McxConfig c = yaml.isBlank() ? null : mapper.readValue(yaml, McxConfig.class);
      return c == null ? McxConfig.defaults() : c;
    } catch (JsonMappingException e) {
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      String path = e.getPathReference().replace("org.mcxsec.server.app.", "");
      throw new MalformedMessageException(where + ": " + (root instanceof NullPointerException ? root.getMessage()
          : e.getOriginalMessage()) + " (at " + path + ")");
    } catch (IOException e) {
      throw new MalformedMessageException(where + ": not valid YAML: " + e.getMessage());
    }
  }

  /** Reads the file at {@code path}. */
  public static McxConfig load(Path path) throws IOException, MalformedMessageException {
    return parse(Files.readString(path), path.toString());
  }
}
