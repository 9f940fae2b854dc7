import { publishRequestSchema } from '../../lib/sync/protocol';
import { defineHandler } from '../socket/define-handler';
import type { HubStorage } from '../storage/open-storage';
import type { Broadcaster } from '../sync/broadcaster';

export function kbHandlers(storage: HubStorage, broadcaster: Broadcaster) {
  return [
    defineHandler({
      event: 'kb:publish',
      roles: ['lead', 'admin'],
      kind: 'write',
      schema: publishRequestSchema,
      async run(request, { socket }) {
        const { teamId, tokenId } = socket.data;
        // The ack below is sent only after this commit: a publish that was acknowledged is durable.
        const { version, changes } = await storage.kb.publishSnippets({ actor: `token:${tokenId}` }, teamId, request);
        void broadcaster.send(teamId, { event: 'kb:changed', batch: { changes, latest: version } });
        return { version, changes: changes.length };
      },
    }),
  ];
}
