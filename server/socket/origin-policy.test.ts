import { describe, expect, it } from 'vitest';
import { createOriginPolicy } from './origin-policy';

describe('origin policy', () => {
  const allows = createOriginPolicy(['https://console.example.com/']);
  it.each([
    ['chrome-extension://abcdefghijklmnopabcdefghijklmnop', true],
    ['moz-extension://2f1c8a55-0b8e-4d7e-9a3b-8f2f0f7c1e11', true],
    ['https://console.example.com', true],
    [undefined, true],
    ['https://evil.example.com', false],
    ['http://console.example.com', false],
    ['null', false],
    ['chrome-extension://abc/../x', false],
  ])('%s → %s', (origin, expected) => {
    expect(allows(origin)).toBe(expected);
  });
});
