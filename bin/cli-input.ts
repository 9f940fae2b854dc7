import { z } from 'zod';

/** The JSON-lines contract of `npm run analyze`; unknown fields are ignored (zod strips them). */
const id = z.union([z.string(), z.number()]);
const lang = z.enum(['en', 'nl']).optional();

export const MessageRequest = z.object({ id, kind: z.literal('message').optional(), text: z.string(), lang });
export const ConversationRequest = z.object({
  id,
  kind: z.literal('conversation'),
  turns: z.array(z.object({ role: z.enum(['customer', 'agent', 'bot', 'system', 'note']), text: z.string() })),
  lang,
});
export const DraftRequest = z.object({
  id,
  kind: z.literal('draft'),
  customer: z.string(),
  draft: z.string(),
  customerName: z.string().optional(),
  lang,
});

export type CliRequest =
  | ({ kind: 'message' } & z.infer<typeof MessageRequest>)
  | z.infer<typeof ConversationRequest>
  | z.infer<typeof DraftRequest>;

export type Parsed = { ok: true; request: CliRequest } | { ok: false; id?: string | number; error: string };

const SCHEMAS = { message: MessageRequest, conversation: ConversationRequest, draft: DraftRequest } as const;

export function parseLine(line: string): Parsed {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { ok: false, error: 'not valid JSON' };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, error: 'expected a JSON object' };
  const record = json as Record<string, unknown>;
  const echoId = typeof record.id === 'string' || typeof record.id === 'number' ? record.id : undefined;
  const kind = record.kind ?? 'message';
  if (kind !== 'message' && kind !== 'conversation' && kind !== 'draft') {
    return { ok: false, id: echoId, error: `unknown kind ${JSON.stringify(kind)}: expected "message", "conversation" or "draft"` };
  }
  const result = SCHEMAS[kind].safeParse(json);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.') || '(line)'}: ${i.message}`).join('; ');
    return { ok: false, id: echoId, error: `invalid ${kind}: ${issues}` };
  }
  return { ok: true, request: { ...result.data, kind } as CliRequest };
}
