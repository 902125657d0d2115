// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.sakke;

import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.testkit.Vector;
import org.mcxsec.testkit.VectorFile;

/**
 * Keys shared by the SAKKE tests, built once per JVM (each costs tables of about 0.1 s): the RFC 6508 Appendix A
 * KMS, its encapsulator, and a receiver with a 32-octet identifier starting with 0x80.
 */
final class SakkeFixtures {
  static final Vector APPENDIX_A = VectorFile.load(VectorFile.RFC6508_SAKKE).named("rfc6508-appendix-a");
  static final SakkeKmsKey KMS;
  static final SakkeEncapsulator ENCAPSULATOR;
  static final Bytes RECEIVER_ID = Bytes.fromHex("80" + "5a".repeat(30) + "01");
  static final SakkeReceiverKey RECEIVER;
  static final SakkeDecapsulator DECAPSULATOR;

  static {
    try {
      KMS = SakkeKmsKey.fromZ(SakkeKnownAnswerTest.secret(APPENDIX_A.hex("z")));
      ENCAPSULATOR = SakkeEncapsulator.forKms(KMS.publicKey());
      RECEIVER = KMS.issue(RECEIVER_ID);
      DECAPSULATOR = new SakkeDecapsulator(RECEIVER);
    } catch (KeyMaterialException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private SakkeFixtures() {}

  /** A fresh encapsulation of {@code ssv} to the fixture receiver. */
  static SakkeEncapsulatedData encapsulateToReceiver(SecretBytes ssv) {
    return ENCAPSULATOR.encapsulate(RECEIVER_ID, ssv);
  }
}
