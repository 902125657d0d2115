// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.kms.xml;

import java.io.ByteArrayOutputStream;
import org.mcxsec.crypto.MalformedMessageException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads and writes {@code KmsRequest} (TS 33.180 D.2.2). Children in order: {@code UserUri, KmsUri, Time,
 * ClientId?, DeviceId?, ClientReqUrl, KrrList?, ClientError?}, then any elements of other namespaces (ignored).
 * Elements of the KMS namespace that the schema does not allow there are refused. {@code SignedKmsRequest}
 * (the optional integrity-key extension) is refused: no integrity key is provisioned.
 *
 * <p>Thread safety: safe to share.
 */
public final class KmsRequestCodec {
  /** Longest URI or identifier accepted in a request. */
  public static final int MAX_TEXT = 1024;
  private final SafeXml xml = new SafeXml();

  /** Parses a request body. */
  public KmsRequest read(byte[] body) throws MalformedMessageException {
    Document doc = xml.parse(body, "KmsRequest");
    Element root = doc.getDocumentElement();
    if (!KmsXml.NS.equals(root.getNamespaceURI())) {
      throw new MalformedMessageException("root element <" + root.getLocalName() + "> is not in namespace "
          + KmsXml.NS);
    }
    if ("SignedKmsRequest".equals(root.getLocalName())) {
      throw new MalformedMessageException("SignedKmsRequest is not supported: no integrity key is provisioned;"
          + " send KmsRequest");
    }
    if (!"KmsRequest".equals(root.getLocalName())) {
      throw new MalformedMessageException("root element <" + root.getLocalName() + "> is not <KmsRequest>");
    }
    String version = root.getAttribute("Version");
    if (!version.isEmpty() && !version.equals("1.1.0") && !version.equals("1.0.0")) {
      throw new MalformedMessageException("KmsRequest Version '" + version + "' is not 1.1.0");
    }
    ChildCursor c = new ChildCursor(root, KmsXml.NS, 64);
    String userUri = ChildCursor.text(c.required("UserUri"), MAX_TEXT);
    String kmsUri = ChildCursor.text(c.required("KmsUri"), MAX_TEXT);
    java.time.Instant time = KmsXml.dateTime(c.required("Time"));
    Element clientId = c.optional("ClientId");
    Element deviceId = c.optional("DeviceId");
    String clientReqUrl = ChildCursor.text(c.required("ClientReqUrl"), MAX_TEXT);
    c.optional("KrrList");
    c.optional("ClientError");
    c.end();
    if (userUri.isEmpty()) {
      throw new MalformedMessageException("<UserUri> is empty");
    }
    return new KmsRequest(userUri, kmsUri, time, clientId == null ? null : ChildCursor.text(clientId, MAX_TEXT),
        deviceId == null ? null : ChildCursor.text(deviceId, MAX_TEXT), clientReqUrl);
  }

  /** Writes {@code request} (as a client sends it). */
  public byte[] write(KmsRequest request) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    try (XmlWriter w = new XmlWriter(out)) {
      w.start("KmsRequest").namespace().attribute("Version", "1.1.0");
      w.leaf("UserUri", request.userUri());
      w.leaf("KmsUri", request.kmsUri());
      w.leaf("Time", KmsXml.dateTime(request.time()));
      w.leafIfPresent("ClientId", request.clientId());
      w.leafIfPresent("DeviceId", request.deviceId());
      w.leaf("ClientReqUrl", request.clientReqUrl());
      w.end();
    }
    return out.toByteArray();
  }
}
