import { z } from 'zod';
import { feedbackReportSchema } from '../../lib/sync/protocol';
import { defineHandler } from '../socket/define-handler';
import { type HubServer, leadsRoom } from '../socket/hub-types';
import type { HubStorage } from '../storage/open-storage';

/** Agents report how often they mark Tact's suggestions as false alarms; leads see the team's totals. */
export function feedbackHandlers(io: HubServer, storage: HubStorage) {
  return [
    defineHandler({
      event: 'feedback:report',
      roles: ['agent', 'lead', 'admin'],
      kind: 'write',
      schema: feedbackReportSchema,
      async run(report, { socket }) {
        const stored = await storage.feedback.report(socket.data, report);
        // The leads' consoles follow along; through Redis when several hub processes run.
        io.to(leadsRoom(socket.data.teamId)).emit('feedback:totals', await storage.feedback.totals(socket.data.teamId));
        return stored;
      },
    }),
    defineHandler({
      event: 'feedback:totals',
      roles: ['lead', 'admin'],
      kind: 'read',
      schema: z.strictObject({}),
      run: (_request, { socket }) => storage.feedback.totals(socket.data.teamId),
    }),
  ];
}
