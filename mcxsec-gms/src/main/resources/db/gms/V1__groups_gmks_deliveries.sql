-- SPDX-License-Identifier: Apache-2.0
-- GMS state (TS 33.180 §5.7; design §1). The database is the truth for membership and keys: configuration is
-- synchronised into it at start, and every change below commits before anything is sent.
CREATE TABLE gms_group (
  group_id      VARCHAR(1024) PRIMARY KEY,
  kind          VARCHAR(32) NOT NULL,      -- GROUP, PRECONFIGURED, SECURITY_CONFIGURATION
  rekey_needed  BOOLEAN NOT NULL           -- set with a member removal, cleared with the new GMK
);

CREATE TABLE gms_member (
  group_id    VARCHAR(1024) NOT NULL,
  member_uri  VARCHAR(1024) NOT NULL,
  PRIMARY KEY (group_id, member_uri)
);

-- One row per GMK, committed (key sealed, RAND fixed) before its fan-out starts, so a resumed fan-out sends the
-- same key and RAND to the members still missing it.
CREATE TABLE gms_gmk (
  gmk_id      BIGINT PRIMARY KEY,
  group_id    VARCHAR(1024) NOT NULL,
  gmk_sealed  BYTEA NOT NULL,
  rand        BYTEA NOT NULL,
  activation  BIGINT NOT NULL,
  expiry      BIGINT NOT NULL,
  revoked     BOOLEAN NOT NULL,
  created_at  BIGINT NOT NULL
);
CREATE INDEX gms_gmk_group ON gms_gmk (group_id);

-- One signed I_MESSAGE per (GMK, member): the primary key makes a second, different delivery impossible.
CREATE TABLE gms_delivery (
  gmk_id      BIGINT NOT NULL,
  member_uri  VARCHAR(1024) NOT NULL,
  i_message   BYTEA NOT NULL,
  created_at  BIGINT NOT NULL,
  PRIMARY KEY (gmk_id, member_uri)
);
CREATE INDEX gms_delivery_member ON gms_delivery (member_uri);

-- Temporary groups made by regroup (regroup.md §2-4): the TGI, the security configuration named for it, and its
-- constituent groups or listed users.
CREATE TABLE gms_temporary_group (
  tgi                     VARCHAR(1024) PRIMARY KEY,
  security_configuration  VARCHAR(1024) NOT NULL,
  created_at              BIGINT NOT NULL
);

CREATE TABLE gms_temporary_part (
  tgi     VARCHAR(1024) NOT NULL,
  kind    VARCHAR(8) NOT NULL,             -- GROUP or USER
  ref     VARCHAR(1024) NOT NULL,
  PRIMARY KEY (tgi, kind, ref)
);
