import { z } from 'zod';
import { LIMITS, pullRequestSchema } from '../../lib/sync/protocol';
import { defineHandler } from '../socket/define-handler';
import type { HubStorage } from '../storage/open-storage';

const everyone = ['agent', 'lead', 'admin'] as const;

export function syncHandlers(storage: HubStorage) {
  return [
    defineHandler({
      event: 'sync:pull',
      roles: everyone,
      kind: 'read',
      schema: pullRequestSchema,
      run: (request, { socket }) => storage.kb.pull(socket.data.teamId, request.since, request.limit ?? LIMITS.pullPageSize),
    }),
    defineHandler({
      event: 'sync:heartbeat',
      roles: everyone,
      kind: 'read',
      schema: z.undefined(),
      run: async (_none, { socket }) => ({ latest: await storage.kb.latestVersion(socket.data.teamId) }),
    }),
  ];
}
