-- SPDX-License-Identifier: Apache-2.0
-- KMS community secrets and issued user key sets (TS 33.180 Annex D). Secret columns (*_sealed) hold AES-GCM
-- ciphertext under the key-encryption key, bound to the row identity; nothing secret is stored in the clear.
CREATE TABLE kms_community (
  kms_uri          VARCHAR(1024) PRIMARY KEY,
  ksak_sealed      BYTEA NOT NULL,
  z_sealed         BYTEA NOT NULL,
  pub_auth_key     BYTEA NOT NULL,
  pub_enc_key      BYTEA NOT NULL,
  user_key_period  BIGINT NOT NULL,
  user_key_offset  BIGINT NOT NULL,
  valid_from       BIGINT NOT NULL,
  valid_to         BIGINT NOT NULL,
  revoked          BOOLEAN NOT NULL
);

CREATE TABLE kms_user_key_set (
  kms_uri        VARCHAR(1024) NOT NULL,
  user_uri       VARCHAR(1024) NOT NULL,
  key_period_no  BIGINT NOT NULL,
  user_id        BYTEA NOT NULL,
  ssk_sealed     BYTEA NOT NULL,
  pvt            BYTEA NOT NULL,
  rsk_sealed     BYTEA NOT NULL,
  issued_at      BIGINT NOT NULL,
  PRIMARY KEY (kms_uri, user_uri, key_period_no)
);
