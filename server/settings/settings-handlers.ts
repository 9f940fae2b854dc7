import { teamSettingsSchema } from '../../lib/sync/protocol';
import { defineHandler } from '../socket/define-handler';
import type { HubStorage } from '../storage/open-storage';
import type { Broadcaster } from '../sync/broadcaster';

export function settingsHandlers(storage: HubStorage, broadcaster: Broadcaster) {
  return [
    defineHandler({
      event: 'settings:publish',
      roles: ['lead', 'admin'],
      kind: 'write',
      schema: teamSettingsSchema,
      async run(settings, { socket }) {
        const { teamId, tokenId } = socket.data;
        const change = await storage.kb.publishSettings({ actor: `token:${tokenId}` }, teamId, settings);
        void broadcaster.send(teamId, { event: 'settings:changed', batch: { changes: [change], latest: change.version } });
        return { version: change.version };
      },
    }),
  ];
}
