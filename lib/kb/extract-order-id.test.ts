import { expect, it } from 'vitest';
import { extractOrderId } from './extract-order-id';

it.each([
  [['I ordered a coffee machine (order NW-48213)'], 'NW-48213'],
  [['my first order was NW-11111', 'sorry, it is NW-22222'], 'NW-22222'],
  [['bestelling 12345678 is niet gekomen'], '12345678'],
  [['I called 3 times this week'], undefined],
])('%s → %s', (messages, id) => {
  expect(extractOrderId(messages)).toBe(id);
});
