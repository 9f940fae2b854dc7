// Teams, hashed access tokens, the versioned knowledge base and settings, escalations, audit log.
export default `
CREATE TABLE teams (
  id text PRIMARY KEY,
  version bigint NOT NULL DEFAULT 0,
  created_at bigint NOT NULL
);
CREATE TABLE tokens (
  id text PRIMARY KEY,
  team_id text NOT NULL REFERENCES teams (id),
  role text NOT NULL CHECK (role IN ('agent', 'lead', 'admin')),
  label text NOT NULL,
  secret_hash text NOT NULL,
  created_at bigint NOT NULL,
  revoked_at bigint
);
CREATE TABLE snippets (
  team_id text NOT NULL REFERENCES teams (id),
  id text NOT NULL,
  title text NOT NULL,
  body text NOT NULL,
  tags jsonb NOT NULL,
  language text NOT NULL,
  variants jsonb,
  version bigint NOT NULL,
  updated_at bigint NOT NULL,
  deleted boolean NOT NULL,
  PRIMARY KEY (team_id, id)
);
CREATE INDEX snippets_by_team_version ON snippets (team_id, version);
CREATE TABLE team_settings (
  team_id text PRIMARY KEY REFERENCES teams (id),
  settings jsonb NOT NULL,
  version bigint NOT NULL,
  updated_at bigint NOT NULL
);
CREATE TABLE escalations (
  id text PRIMARY KEY,
  team_id text NOT NULL REFERENCES teams (id),
  token_id text NOT NULL,
  agent text NOT NULL,
  reason text NOT NULL,
  conversation_ref text NOT NULL,
  severity text NOT NULL,
  excerpt text,
  at bigint NOT NULL
);
CREATE INDEX escalations_by_team_time ON escalations (team_id, at DESC);
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  team_id text,
  actor text NOT NULL,
  action text NOT NULL,
  detail jsonb NOT NULL,
  at bigint NOT NULL
);
CREATE INDEX audit_log_by_team_time ON audit_log (team_id, at DESC);
`;
