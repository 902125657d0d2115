// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.kms.xml;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.kms.IssuedUserKeys;
import org.mcxsec.kms.KmsCertificate;
import org.mcxsec.kms.UserKeySet;
import org.w3c.dom.Element;

/**
 * Writes (KMS side) and reads (client side) {@code KmsResponse} with {@code KmsInit}, {@code KmsKeyProv} or
 * {@code KmsCertCache} (TS 33.180 D.2.3, D.3.2, D.3.3; element order as in {@code spec/ts33180.md} §2.2). Key
 * content is {@code KeyContentType} (hexBinary in the clear; the transport is TLS); {@code EncKeyContentType}
 * (TrK extension) is refused when read.
 *
 * <pre>
 * &lt;KmsResponse xmlns="urn:3gpp:ns:mcsecKMSInterface:1.0" Version="1.0.0"&gt;
 *   &lt;UserUri/&gt; &lt;KmsUri/&gt; &lt;Time/&gt; &lt;ClientReqUrl/&gt;
 *   &lt;KmsMessage&gt;&lt;KmsKeyProv Version="1.0.0"&gt;
 *     &lt;KmsKeySet Version="1.1.0"&gt; KmsUri UserUri UserID ValidFrom ValidTo KeyPeriodNo Revoked
 *       UserDecryptKey UserSigningKeySSK UserPubTokenPVT &lt;/KmsKeySet&gt; …
 * </pre>
 *
 * <p>Thread safety: safe to share.
 */
public final class KmsResponseCodec {
  private static final int MAX_KEY_SETS = 16;
  private static final int MAX_CERTS = 64;
  private static final int MAX_KEY_OCTETS = 1024;
  private final SafeXml xml = new SafeXml();

  /** Serialises {@code response}. */
  public byte[] write(KmsResponse response) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
    try (XmlWriter w = new XmlWriter(out)) {
      w.start("KmsResponse").namespace().attribute("Version", "1.0.0");
      w.leaf("UserUri", response.userUri());
      w.leaf("KmsUri", response.kmsUri());
      w.leaf("Time", KmsXml.dateTime(response.time()));
      w.leafIfPresent("KmsId", response.kmsId());
      w.leaf("ClientReqUrl", response.clientReqUrl());
      w.start("KmsMessage");
      KmsResponse.Message m = response.message();
      if (m instanceof KmsResponse.Init init) {
        w.start("KmsInit").attribute("Version", "1.0.0");
        writeCertificate(w, init.certificate());
      } else if (m instanceof KmsResponse.KeyProv prov) {
        w.start("KmsKeyProv").attribute("Version", "1.0.0");
        for (UserKeySet k : prov.keySets()) {
          writeKeySet(w, k);
        }
      } else if (m instanceof KmsResponse.CertCache cache) {
        w.start("KmsCertCache").attribute("Version", "1.0.0").attribute("CacheNum", Long.toString(cache.cacheNum()));
        for (KmsCertificate c : cache.certificates()) {
          writeCertificate(w, c);
        }
      }
      w.end().end().end();
    }
    return out.toByteArray();
  }

  private static void writeCertificate(XmlWriter w, KmsCertificate c) {
    w.start("KmsCertificate").attribute("Version", c.version()).attribute("Role", c.role());
    w.leafIfPresent("CertUri", c.certUri());
    w.leaf("KmsUri", c.kmsUri());
    w.leafIfPresent("Issuer", c.issuer());
    if (c.validFrom() != null) {
      w.leaf("ValidFrom", KmsXml.dateTime(c.validFrom()));
    }
    if (c.validTo() != null) {
      w.leaf("ValidTo", KmsXml.dateTime(c.validTo()));
    }
    w.leaf("Revoked", Boolean.toString(c.revoked()));
    w.leaf("UserIdFormat", c.userIdFormat());
    w.leaf("UserKeyPeriod", Long.toString(c.userKeyPeriod()));
    w.leaf("UserKeyOffset", Long.toString(c.userKeyOffset()));
    w.leaf("PubEncKey", KmsXml.hex(c.pubEncKey()));
    w.leaf("PubAuthKey", KmsXml.hex(c.pubAuthKey()));
    w.leaf("ParameterSet", Integer.toString(c.parameterSet()));
    w.end();
  }

  private static void writeKeySet(XmlWriter w, UserKeySet k) {
    InsecureSecretAccess access = InsecureSecretAccess.get();
    w.start("KmsKeySet").attribute("Version", "1.1.0");
    w.leaf("KmsUri", k.kmsUri());
    w.leaf("UserUri", k.userUri());
    w.leaf("UserID", KmsXml.hex(k.userId()));
    if (k.validFrom() != null) {
      w.leaf("ValidFrom", KmsXml.dateTime(k.validFrom()));
    }
    if (k.validTo() != null) {
      w.leaf("ValidTo", KmsXml.dateTime(k.validTo()));
    }
    w.leaf("KeyPeriodNo", Long.toString(k.keyPeriodNo()));
    w.leaf("Revoked", "false");
    w.start("UserDecryptKey").xsiType(KmsXml.KEY_CONTENT_TYPE)
        .text(KmsXml.hex(Bytes.copyOf(k.rsk().toByteArray(access)))).end();
    w.start("UserSigningKeySSK").xsiType(KmsXml.KEY_CONTENT_TYPE)
        .text(KmsXml.hex(Bytes.copyOf(k.ssk().toByteArray(access)))).end();
    w.start("UserPubTokenPVT").xsiType(KmsXml.KEY_CONTENT_TYPE).text(KmsXml.hex(k.pvt())).end();
    w.end();
  }

  /** Parses a response body (as a client receives it). */
  public KmsResponse read(byte[] body) throws MalformedMessageException {
    Element root = xml.parse(body, "KmsResponse").getDocumentElement();
    if (!KmsXml.NS.equals(root.getNamespaceURI()) || !"KmsResponse".equals(root.getLocalName())) {
      throw new MalformedMessageException("root element <" + root.getLocalName() + "> is not <KmsResponse> in "
          + KmsXml.NS);
    }
    ChildCursor c = new ChildCursor(root, KmsXml.NS, 64);
    String userUri = ChildCursor.text(c.required("UserUri"), KmsRequestCodec.MAX_TEXT);
    String kmsUri = ChildCursor.text(c.required("KmsUri"), KmsRequestCodec.MAX_TEXT);
    java.time.Instant time = KmsXml.dateTime(c.required("Time"));
    Element kmsId = c.optional("KmsId");
    String clientReqUrl = ChildCursor.text(c.required("ClientReqUrl"), KmsRequestCodec.MAX_TEXT);
    Element message = c.optional("KmsMessage");
    Element error = c.optional("KmsError");
    c.end();
    if (error != null) {
      ChildCursor e = new ChildCursor(error, KmsXml.NS, 8);
      long code = KmsXml.integer(e.required("ErrorCode"));
      String msg = ChildCursor.text(e.required("ErrorMsg"), KmsRequestCodec.MAX_TEXT);
      throw new MalformedMessageException("KmsResponse carries KmsError " + code + ": " + msg);
    }
    if (message == null) {
      throw new MalformedMessageException("KmsResponse has neither KmsMessage nor KmsError");
    }
    return new KmsResponse(userUri, kmsUri, time, kmsId == null ? null : ChildCursor.text(kmsId,
        KmsRequestCodec.MAX_TEXT), clientReqUrl, readMessage(message));
  }

  private static KmsResponse.Message readMessage(Element message) throws MalformedMessageException {
    ChildCursor c = new ChildCursor(message, KmsXml.NS, 1);
    Element init = c.optional("KmsInit");
    if (init != null) {
      c.end();
      ChildCursor i = new ChildCursor(init, KmsXml.NS, 64);
      if (i.optional("SignedKmsCertificate") != null) {
        throw new MalformedMessageException("SignedKmsCertificate is not supported");
      }
      KmsCertificate cert = readCertificate(i.required("KmsCertificate"));
      i.end();
      return new KmsResponse.Init(cert);
    }
    Element prov = c.optional("KmsKeyProv");
    if (prov != null) {
      c.end();
      ChildCursor p = new ChildCursor(prov, KmsXml.NS, MAX_KEY_SETS);
      List<UserKeySet> sets = new ArrayList<>();
      for (Element k : p.repeated("KmsKeySet")) {
        sets.add(readKeySet(k));
      }
      p.end();
      return new KmsResponse.KeyProv(sets);
    }
    Element cache = c.required("KmsCertCache");
    c.end();
    String num = cache.getAttribute("CacheNum");
    long cacheNum;
    try {
      cacheNum = num.isEmpty() ? 0 : Long.parseLong(num);
    } catch (NumberFormatException e) {
      throw new MalformedMessageException("KmsCertCache CacheNum '" + num + "' is not an integer");
    }
    ChildCursor cc = new ChildCursor(cache, KmsXml.NS, MAX_CERTS);
    if (!cc.repeated("SignedKmsCertificate").isEmpty()) {
      throw new MalformedMessageException("SignedKmsCertificate is not supported");
    }
    List<KmsCertificate> certs = new ArrayList<>();
    for (Element e : cc.repeated("KmsCertificate")) {
      certs.add(readCertificate(e));
    }
    cc.end();
    return new KmsResponse.CertCache(cacheNum, certs);
  }

  private static KmsCertificate readCertificate(Element e) throws MalformedMessageException {
    ChildCursor c = new ChildCursor(e, KmsXml.NS, 64);
    Element certUri = c.optional("CertUri");
    String kmsUri = ChildCursor.text(c.required("KmsUri"), KmsRequestCodec.MAX_TEXT);
    Element issuer = c.optional("Issuer");
    Element from = c.optional("ValidFrom");
    Element to = c.optional("ValidTo");
    Element revoked = c.optional("Revoked");
    String format = ChildCursor.text(c.required("UserIdFormat"), 64);
    long period = KmsXml.integer(c.required("UserKeyPeriod"));
    long offset = KmsXml.integer(c.required("UserKeyOffset"));
    Bytes pubEnc = KmsXml.hex(c.required("PubEncKey"), MAX_KEY_OCTETS);
    Bytes pubAuth = KmsXml.hex(c.required("PubAuthKey"), MAX_KEY_OCTETS);
    Element paramSet = c.optional("ParameterSet");
    c.optional("KmsDomainList");
    c.end();
    return new KmsCertificate(attribute(e, "Version", "1.1.0"), attribute(e, "Role", "Root"),
        certUri == null ? null : ChildCursor.text(certUri, KmsRequestCodec.MAX_TEXT), kmsUri,
        issuer == null ? null : ChildCursor.text(issuer, KmsRequestCodec.MAX_TEXT),
        from == null ? null : KmsXml.dateTime(from), to == null ? null : KmsXml.dateTime(to),
        revoked != null && KmsXml.bool(revoked), format, period, offset, pubEnc, pubAuth,
        paramSet == null ? 1 : (int) KmsXml.integer(paramSet));
  }

  private static UserKeySet readKeySet(Element e) throws MalformedMessageException {
    ChildCursor c = new ChildCursor(e, KmsXml.NS, 32);
    String kmsUri = ChildCursor.text(c.required("KmsUri"), KmsRequestCodec.MAX_TEXT);
    c.optional("CertUri");
    c.optional("Issuer");
    String userUri = ChildCursor.text(c.required("UserUri"), KmsRequestCodec.MAX_TEXT);
    Bytes userId = KmsXml.hex(c.required("UserID"), 64);
    Element from = c.optional("ValidFrom");
    Element to = c.optional("ValidTo");
    long periodNo = KmsXml.integer(c.required("KeyPeriodNo"));
    Element revoked = c.optional("Revoked");
    SecretBytes rsk = keyContent(c.required("UserDecryptKey"));
    SecretBytes ssk = keyContent(c.required("UserSigningKeySSK"));
    Bytes pvt = Bytes.copyOf(keyContent(c.required("UserPubTokenPVT")).toByteArray(InsecureSecretAccess.get()));
    c.end();
    if (revoked != null && KmsXml.bool(revoked)) {
      throw new MalformedMessageException("KmsKeySet for period " + periodNo + " is revoked");
    }
    return new UserKeySet(kmsUri, userUri, userId, periodNo, from == null ? null : KmsXml.dateTime(from),
        to == null ? null : KmsXml.dateTime(to), new IssuedUserKeys(ssk, pvt, rsk));
  }

  private static SecretBytes keyContent(Element e) throws MalformedMessageException {
    String type = e.getAttributeNS(KmsXml.NS_XSI, "type");
    String local = type.substring(type.indexOf(':') + 1);
    if (!type.isEmpty() && !local.equals(KmsXml.KEY_CONTENT_TYPE)) {
      throw new MalformedMessageException("<" + e.getLocalName() + "> xsi:type '" + type + "' is not supported,"
          + " expected KeyContentType");
    }
    return SecretBytes.wrap(KmsXml.hex(e, MAX_KEY_OCTETS).toByteArray(), InsecureSecretAccess.get());
  }

  private static String attribute(Element e, String name, String dflt) {
    String v = e.getAttribute(name);
    return v.isEmpty() ? dflt : v;
  }
}
