// The latest per-rule feedback counts of each agent (access token): numbers only, never chat text.
export default `
CREATE TABLE feedback_reports (
  team_id text NOT NULL REFERENCES teams (id),
  token_id text NOT NULL,
  reported_at bigint NOT NULL,
  PRIMARY KEY (team_id, token_id)
);
CREATE TABLE feedback_counts (
  team_id text NOT NULL,
  token_id text NOT NULL,
  rule text NOT NULL,
  dismissed bigint NOT NULL,
  unhelpful bigint NOT NULL,
  applied bigint NOT NULL,
  notified bigint NOT NULL,
  PRIMARY KEY (team_id, token_id, rule),
  FOREIGN KEY (team_id, token_id) REFERENCES feedback_reports (team_id, token_id) ON DELETE CASCADE
);
`;
