import type { Logger } from 'pino';
import type { z } from 'zod';
import type { Result, Role } from '../../lib/sync/protocol';
import type { HubSocket } from './hub-types';

export type Guarded = 'read' | 'write';

export interface HandlerContext {
  socket: HubSocket;
  log: Logger;
  /** Takes a token from the socket's bucket for this kind; false when the socket is flooding. */
  allow(kind: Guarded): boolean;
}

interface HandlerSpec<Schema extends z.ZodType, Out> {
  event: string;
  roles: readonly Role[];
  kind: Guarded;
  schema: Schema;
  run(input: z.output<Schema>, ctx: HandlerContext): Promise<Out>;
}

/** A refusal whose message is safe to show the client (everything else is reported generically). */
export class Refusal extends Error {}

function formatIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || 'payload'}: ${issue.message}`)
    .join('; ');
}

/**
 * The boundary every socket request goes through: role, rate limit, payload shape, then the
 * handler; the ack always answers `{ data }` or `{ error }`, never a stack trace.
 */
export function defineHandler<Schema extends z.ZodType, Out>(spec: HandlerSpec<Schema, Out>) {
  return {
    event: spec.event,
    async handle(ctx: HandlerContext, payload: unknown, ack: unknown): Promise<void> {
      if (typeof ack !== 'function') return; // every request expects an answer; ignore ones that cannot get it
      const reply = ack as (result: Result<Out>) => void;
      const identity = ctx.socket.data;
      if (!spec.roles.includes(identity.role)) {
        ctx.log.warn({ event: spec.event, tokenId: identity.tokenId, role: identity.role }, 'refused: role');
        return reply({ error: `forbidden: the ${identity.role} role cannot use ${spec.event}` });
      }
      if (!ctx.allow(spec.kind)) {
        ctx.log.warn({ event: spec.event, tokenId: identity.tokenId }, 'refused: rate limit');
        return reply({ error: 'rate limit exceeded: slow down and retry' });
      }
      const parsed = spec.schema.safeParse(payload);
      if (!parsed.success) {
        ctx.log.warn({ event: spec.event, tokenId: identity.tokenId }, 'refused: invalid payload');
        return reply({ error: `invalid payload: ${formatIssues(parsed.error)}` });
      }
      try {
        reply({ data: await spec.run(parsed.data, ctx) });
      } catch (error) {
        if (error instanceof Refusal) return reply({ error: error.message });
        ctx.log.error({ err: error, event: spec.event, tokenId: identity.tokenId }, 'handler failed');
        reply({ error: 'internal error: the change was not stored' });
      }
    },
  };
}

export type Handler = ReturnType<typeof defineHandler>;
