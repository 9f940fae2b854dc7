/**
 * The hub's socket.io contract: every event between the extension and the hub, typed once.
 *
 * - Event names are `domain:verb`. Requests carry an ack answering `Result<T>`.
 * - Every team change (snippet upsert/delete, settings) gets the team's next version number in
 *   the same transaction as the write. socket.io delivers broadcasts at most once and keeps no
 *   missed events, so clients call `sync:pull` from their last applied version on (re)connect
 *   and whenever a broadcast leaves a gap: the versions stored by the hub make delivery complete.
 * - The zod schemas validate what clients send. The server imports them; extension code must use
 *   `import type` from this file so zod stays out of the extension's bundles.
 *
 * @example
 * socket.emit('sync:pull', { since: 41 }, (res) => {
 *   if ('error' in res) return console.warn(res.error);
 *   await store.apply(res.data.changes);
 * });
 */
import { z } from 'zod';

export type Result<T> = { data: T } | { error: string };
export type Ack<T> = (result: Result<T>) => void;

export type Role = 'agent' | 'lead' | 'admin';
export const ROLES: readonly Role[] = ['agent', 'lead', 'admin'];

/** Limits shared by the schemas, the server's socket options and the docs. */
export const LIMITS = {
  snippetBodyChars: 20_000,
  snippetTitleChars: 200,
  tagsPerSnippet: 20,
  changesPerPublish: 500,
  pullPageSize: 2_000,
  escalationReasonChars: 300,
  escalationExcerptChars: 2_000,
  adaptersPerTeam: 50,
  /** Rules per feedback report, and the length of a rule id. */
  feedbackRules: 200,
  feedbackRuleChars: 64,
  /** Largest socket.io message the hub reads; larger frames close the connection. */
  maxMessageBytes: 4_000_000,
} as const;

const id = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[\w.:-]+$/, 'ids use letters, digits, ".", ":", "_" and "-"');

export const snippetInputSchema = z.strictObject({
  id,
  title: z.string().trim().min(1).max(LIMITS.snippetTitleChars),
  body: z.string().max(LIMITS.snippetBodyChars),
  tags: z.array(z.string().trim().min(1).max(50)).max(LIMITS.tagsPerSnippet).default([]),
  language: z.enum(['en', 'nl']),
  variants: z
    .strictObject({
      formal: z.string().max(LIMITS.snippetBodyChars).optional(),
      informal: z.string().max(LIMITS.snippetBodyChars).optional(),
    })
    .optional(),
});
export type SnippetInput = z.input<typeof snippetInputSchema>;

/** A knowledge-base entry as the extension stores it. Deletes are kept as tombstones. */
export interface Snippet {
  id: string;
  title: string;
  /** Markdown; render through the sanitising renderer, never as raw HTML. */
  body: string;
  tags: string[];
  language: 'en' | 'nl';
  variants?: { formal?: string; informal?: string };
  version: number;
  updatedAt: number;
  deleted: boolean;
}

export const publishRequestSchema = z
  .strictObject({
    upserts: z.array(snippetInputSchema).max(LIMITS.changesPerPublish).default([]),
    deletes: z.array(id).max(LIMITS.changesPerPublish).default([]),
  })
  .refine((r) => r.upserts.length + r.deletes.length > 0, 'nothing to publish')
  .refine((r) => r.upserts.length + r.deletes.length <= LIMITS.changesPerPublish, {
    message: `at most ${LIMITS.changesPerPublish} changes per publish`,
  })
  .refine((r) => new Set([...r.upserts.map((s) => s.id), ...r.deletes]).size === r.upserts.length + r.deletes.length, {
    message: 'each snippet id may appear once per publish',
  });
export type PublishRequest = z.input<typeof publishRequestSchema>;

const cssSelector = z.string().min(1).max(300);
export const helpdeskAdapterSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'adapter ids are kebab-case'),
  name: z.string().min(1).max(100),
  /** WebExtension match patterns of the helpdesk pages. */
  matches: z.array(z.string().regex(/^(https?|\*):\/\/[^/]+\/.*$/, 'a match pattern like https://*.example.com/*')).min(1).max(10),
  selectors: z.strictObject({
    thread: cssSelector,
    message: cssSelector,
    composer: cssSelector.optional(),
    customerMessage: cssSelector.optional(),
    agentMessage: cssSelector.optional(),
  }),
});
export type HelpdeskAdapterConfig = z.infer<typeof helpdeskAdapterSchema>;

export const teamSettingsSchema = z.strictObject({
  /** Escalation signal id → score (0–100) at which the signal escalates. */
  escalationThresholds: z.record(z.string().max(60), z.number().min(0).max(100)).default({}),
  waitingTimeLimits: z
    .strictObject({
      firstReplySeconds: z.number().int().positive().max(86_400).optional(),
      replySeconds: z.number().int().positive().max(86_400).optional(),
    })
    .default({}),
  helpdeskAdapters: z.array(helpdeskAdapterSchema).max(LIMITS.adaptersPerTeam).default([]),
});
export type TeamSettingsInput = z.input<typeof teamSettingsSchema>;
export type TeamSettings = z.infer<typeof teamSettingsSchema>;

export type SnippetChange = { kind: 'snippet'; version: number; snippet: Snippet };
export type SettingsChange = { kind: 'settings'; version: number; settings: TeamSettings; updatedAt: number };
/** One entry of a team's versioned change stream. */
export type SyncChange = SnippetChange | SettingsChange;

export const pullRequestSchema = z.strictObject({
  since: z.number().int().min(0),
  limit: z.number().int().min(1).max(LIMITS.pullPageSize).optional(),
});
export type PullRequest = z.input<typeof pullRequestSchema>;
export interface PullPage {
  changes: SyncChange[];
  /** The team's latest version; more pages follow while the last change's version is below it. */
  latest: number;
  more: boolean;
}

/** Sent only when an agent chooses "notify lead"; the excerpt only when they chose to include it. */
export const escalationNoticeSchema = z.strictObject({
  reason: z.string().trim().min(1).max(LIMITS.escalationReasonChars),
  conversationRef: z.string().trim().min(1).max(500),
  severity: z.enum(['low', 'medium', 'high']).default('medium'),
  agentName: z.string().trim().min(1).max(100).optional(),
  excerpt: z.string().max(LIMITS.escalationExcerptChars).optional(),
});
export type EscalationNotice = z.input<typeof escalationNoticeSchema>;
export interface EscalationEvent {
  id: string;
  reason: string;
  conversationRef: string;
  severity: 'low' | 'medium' | 'high';
  /** Display name the agent gave, else the label of their access token. */
  agent: string;
  excerpt?: string;
  at: number;
}

/** The agent's verdicts on a suggestion or nudge, as the extension records them. */
export const FEEDBACK_KINDS = ['dismissed', 'unhelpful', 'applied', 'notified'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

/** The characters a feedback rule id may use (checked by the hub, and by the extension before it reports). */
export const FEEDBACK_RULE_CHARS = /^[\w.:-]+$/;

const feedbackCount = z.number().int().min(0).max(1_000_000_000);
/** One rule's counts. Rule ids are the extension's own (escalation reasons, nudge rule ids), never chat text. */
export const feedbackRuleCountsSchema = z.strictObject({
  rule: z
    .string()
    .min(1)
    .max(LIMITS.feedbackRuleChars)
    .regex(FEEDBACK_RULE_CHARS, 'rule ids use letters, digits, ".", ":", "_" and "-"'),
  dismissed: feedbackCount.default(0),
  unhelpful: feedbackCount.default(0),
  applied: feedbackCount.default(0),
  notified: feedbackCount.default(0),
});
export type FeedbackRuleCounts = z.output<typeof feedbackRuleCountsSchema>;

/**
 * An agent's per-rule counts of how often they dismissed, marked "not helpful", applied or
 * notified a lead about Tact's suggestions: numbers only. The hub keeps the latest report per
 * access token; an empty report withdraws the agent's counts (sharing switched off).
 */
export const feedbackReportSchema = z
  .strictObject({
    rules: z.array(feedbackRuleCountsSchema).max(LIMITS.feedbackRules),
  })
  .refine((r) => new Set(r.rules.map((c) => c.rule)).size === r.rules.length, { message: 'each rule may appear once per report' });
export type FeedbackReport = z.input<typeof feedbackReportSchema>;

/** The team's totals per rule over the latest report of each agent (revoked tokens left out). */
export interface FeedbackTotals {
  /** Agents whose latest report is counted. */
  agents: number;
  /** Sorted by rule id. */
  rules: Array<FeedbackRuleCounts & { agents: number }>;
  /** When the newest counted report arrived; null when there is none. */
  updatedAt: number | null;
}

export interface PresenceCount {
  agents: number;
  leads: number;
}

export interface ServerToClient {
  /** A publish's changes, contiguous versions. Ack with the version now applied. */
  'kb:changed': (batch: { changes: SnippetChange[]; latest: number }, ack: (appliedVersion: number) => void) => void;
  'settings:changed': (batch: { changes: SettingsChange[]; latest: number }, ack: (appliedVersion: number) => void) => void;
  /** Leads and admins only. */
  'escalation:feed': (event: EscalationEvent) => void;
  /** Leads and admins only: connected sockets of the team. */
  'presence:count': (count: PresenceCount) => void;
  /** Leads and admins only: the team's new totals after an agent's feedback report. */
  'feedback:totals': (totals: FeedbackTotals) => void;
}

export interface ClientToServer {
  'sync:pull': (request: PullRequest, ack: Ack<PullPage>) => void;
  /** Keep-alive (keeps an MV3 service worker awake) that also reveals missed broadcasts. */
  'sync:heartbeat': (ack: Ack<{ latest: number }>) => void;
  /** Leads and admins. Acknowledged only after the write is durable. */
  'kb:publish': (request: PublishRequest, ack: Ack<{ version: number; changes: number }>) => void;
  'settings:publish': (settings: TeamSettingsInput, ack: Ack<{ version: number }>) => void;
  'escalation:notify': (notice: EscalationNotice, ack: Ack<{ id: string }>) => void;
  /** Leads and admins: the most recent escalations, newest first. */
  'escalation:recent': (request: { limit?: number }, ack: Ack<EscalationEvent[]>) => void;
  /** Replaces this token's latest per-rule feedback counts (only when the agent's privacy setting allows it). */
  'feedback:report': (report: FeedbackReport, ack: Ack<{ rules: number }>) => void;
  /** Leads and admins: the team's false-alarm counts per rule. */
  'feedback:totals': (request: Record<string, never>, ack: Ack<FeedbackTotals>) => void;
}

/** Per-socket data the hub attaches after the handshake. */
export interface SocketIdentity {
  tokenId: string;
  teamId: string;
  role: Role;
  label: string;
}
