import { createStoredSetting } from './stored-setting';

/** The agent's display name: `{agent.name}` in snippets and the name on "notify lead". */
export interface AgentSetting {
  name: string;
}

export const AGENT_KEY = 'agent';
const MAX_NAME = 80;

export function normaliseAgent(raw: unknown): AgentSetting {
  const name = (raw as Partial<AgentSetting> | undefined)?.name;
  return { name: typeof name === 'string' ? name.trim().slice(0, MAX_NAME) : '' };
}

export const agentSetting = createStoredSetting(AGENT_KEY, normaliseAgent);
