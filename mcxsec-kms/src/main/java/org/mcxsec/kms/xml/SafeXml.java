// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.kms.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.mcxsec.crypto.MalformedMessageException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A namespace-aware DOM parser hardened against hostile XML: no DTD at all (so no entity expansion, no XXE, no
 * billion laughs), no external schema or DTD access, no XInclude, JAXP secure processing limits on. Parse errors
 * become {@link MalformedMessageException} with line and column; nothing is printed.
 *
 * <p>Thread safety: safe to share; a builder is made per parse.
 */
public final class SafeXml {
  private static final ErrorHandler THROWING = new ErrorHandler() {
    @Override
    public void warning(SAXParseException e) {}

    @Override
    public void error(SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  };

  private final DocumentBuilderFactory factory;

  public SafeXml() {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    try {
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the XML parser cannot be hardened", e);
    }
    this.factory = f;
  }

  /** Parses {@code xml} (what names the document in messages, e.g. "KmsRequest"). */
  public Document parse(byte[] xml, String what) throws MalformedMessageException {
    DocumentBuilder builder;
    synchronized (factory) {
      try {
        builder = factory.newDocumentBuilder();
      } catch (ParserConfigurationException e) {
        throw new IllegalStateException("no XML parser", e);
      }
    }
    builder.setErrorHandler(THROWING);
    builder.setEntityResolver((publicId, systemId) -> {
      throw new SAXException("external entity " + systemId + " refused");
    });
    try {
      return builder.parse(new ByteArrayInputStream(xml));
    } catch (SAXParseException e) {
      throw new MalformedMessageException(what + " is not well-formed XML at line " + e.getLineNumber()
          + ", column " + e.getColumnNumber() + ": " + e.getMessage());
    } catch (SAXException | IOException e) {
      throw new MalformedMessageException(what + " is not well-formed XML: " + e.getMessage());
    }
  }
}
