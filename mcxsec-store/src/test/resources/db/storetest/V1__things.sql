-- SPDX-License-Identifier: Apache-2.0
CREATE TABLE thing (
  name   VARCHAR(200) PRIMARY KEY,
  sealed BYTEA NOT NULL
);
