import { expect, it } from 'vitest';
import { detectRegister } from './detect-register';

it.each([
  [['Kunt u mij helpen met mijn bestelling?'], 'formal'],
  [['Heb jij mijn pakket al verstuurd? Ik wacht op je antwoord'], 'informal'],
  [['Mijn waterkoker lekt.'], undefined],
])('%s → %s', (texts, register) => {
  expect(detectRegister(texts)).toBe(register);
});
