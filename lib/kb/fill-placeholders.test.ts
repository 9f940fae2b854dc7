import { describe, expect, it } from 'vitest';
import { fillSnippet } from './fill-placeholders';

const nl = {
  language: 'nl' as const,
  body: 'Bestelling {order.id} kunt u annuleren, {customer.name}.',
  variants: { formal: 'Bestelling {order.id} kunt u annuleren, {customer.name}.', informal: 'Bestelling {order.id} kun je annuleren, {customer.name}.' },
};

describe('fillSnippet', () => {
  it('fills the slots the chat gave and picks the register', () => {
    expect(fillSnippet(nl, { customerName: 'Daan', orderId: 'NW-51877', register: 'informal' })).toEqual({ text: 'Bestelling NW-51877 kun je annuleren, Daan.', missing: [] });
    expect(fillSnippet(nl, { customerName: 'Daan', orderId: 'NW-51877', register: 'formal' }).text).toBe('Bestelling NW-51877 kunt u annuleren, Daan.');
  });

  it('leaves a missing value visible and reports it', () => {
    expect(fillSnippet(nl, { customerName: '  ' })).toEqual({ text: 'Bestelling [bestelnummer] kunt u annuleren, [naam klant].', missing: ['order.id', 'customer.name'] });
    const en = { language: 'en' as const, body: 'Signed, {agent.name}. Ref {order.id} {order.id} {unknown.slot}' };
    expect(fillSnippet(en, {})).toEqual({ text: 'Signed, [your name]. Ref [order number] [order number] [unknown.slot]', missing: ['agent.name', 'order.id', 'unknown.slot'] });
  });

  it('falls back to the body when a variant is missing', () => {
    expect(fillSnippet({ language: 'en', body: 'Hi {agent.name}' }, { agentName: 'Eva', register: 'informal' }).text).toBe('Hi Eva');
  });
});
