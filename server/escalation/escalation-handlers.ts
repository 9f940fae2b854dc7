import { z } from 'zod';
import { escalationNoticeSchema } from '../../lib/sync/protocol';
import { defineHandler } from '../socket/define-handler';
import { type HubServer, leadsRoom } from '../socket/hub-types';
import type { HubStorage } from '../storage/open-storage';

export function escalationHandlers(io: HubServer, storage: HubStorage) {
  return [
    defineHandler({
      event: 'escalation:notify',
      roles: ['agent', 'lead', 'admin'],
      kind: 'write',
      schema: escalationNoticeSchema,
      async run(notice, { socket }) {
        const event = await storage.escalations.record(socket.data, notice);
        io.to(leadsRoom(socket.data.teamId)).emit('escalation:feed', event);
        return { id: event.id };
      },
    }),
    defineHandler({
      event: 'escalation:recent',
      roles: ['lead', 'admin'],
      kind: 'read',
      schema: z.strictObject({ limit: z.number().int().min(1).max(200).optional() }),
      run: (request, { socket }) => storage.escalations.recent(socket.data.teamId, request.limit ?? 50),
    }),
  ];
}
