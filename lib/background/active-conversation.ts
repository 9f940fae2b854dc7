import type { ConversationDb } from './db';

const ACTIVE_KEY = 'activeConversation';

/** Which chat the panel shows: the one in the most recently focused helpdesk tab. Persisted, so a
 * restarted worker shows the same chat. */
export class ActiveConversation {
  private current: Promise<string | undefined>;

  constructor(private readonly db: ConversationDb) {
    this.current = db.meta.get(ACTIVE_KEY).then((entry) => entry?.value as string | undefined);
  }

  get(): Promise<string | undefined> {
    return this.current;
  }

  /** Returns true when the active chat changed. */
  async set(key: string): Promise<boolean> {
    if ((await this.current) === key) return false;
    this.current = Promise.resolve(key);
    await this.db.meta.put({ key: ACTIVE_KEY, value: key });
    return true;
  }
}
