import { describe, expect, it } from 'vitest';
import { LIMITS } from '../sync/protocol';
import { CONSOLE_LIMITS } from './console-limits';

describe('CONSOLE_LIMITS', () => {
  it('equals the hub’s limits', () => {
    for (const [name, value] of Object.entries(CONSOLE_LIMITS)) expect(LIMITS[name as keyof typeof LIMITS], name).toBe(value);
  });
});
