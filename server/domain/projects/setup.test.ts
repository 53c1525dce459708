import { describe, expect, it } from 'vitest';
import { slugOf } from './setup';

describe("a project's short name", () => {
  it('is its name in lower case, accents and other signs as dashes', () => {
    expect(slugOf('De Vlinderhof')).toBe('de-vlinderhof');
    expect(slugOf('  Café  "De Linde" 2 ')).toBe('cafe-de-linde-2');
    expect(slugOf('Ter Weijde / Noord')).toBe('ter-weijde-noord');
  });

  it('is "project" when nothing of the name is left', () => {
    expect(slugOf('🏠 !!')).toBe('project');
  });
});
