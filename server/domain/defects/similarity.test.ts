import { describe, expect, it } from 'vitest';
import { keywords, rankSimilar, similarity, SIMILAR_THRESHOLD } from './similarity';

describe('defect similarity', () => {
  it('reduces a description to what the problem is, without place and "broken" words', () => {
    expect(keywords('De lamp in de hal is kapot')).toEqual(['light']);
    expect(keywords('Het licht in de gang doet het niet meer')).toEqual(['light']);
    expect(keywords('The lights in the hallway are broken')).toEqual(['light']);
    expect(keywords('de voordeur sluit niet')).toEqual(['door', 'sluit']);
  });

  it.each([
    ['de lamp in de hal is kapot', 'het licht in de gang doet het niet'],
    ['lamp kapot', 'De lamp bij de brievenbussen in de hal flikkert en gaat uit'],
    ['er lekt water uit het plafond', 'lekkage plafond'],
    ['de verwarmign doet het niet', 'verwarming in de huiskamer is koud'],
    ['the light is broken', 'de lamp is stuk'],
    ['het is kapot', 'de deur klemt'],
  ])('finds "%s" alike "%s"', (a, b) => {
    expect(similarity(a, b)).toBeGreaterThanOrEqual(SIMILAR_THRESHOLD);
  });

  it.each([
    ['de lamp in de hal is kapot', 'de voordeur klemt'],
    ['het slot van de berging is stuk', 'er lekt water in de kelder'],
    ['de brievenbus klemt', 'lamp kapot'],
    ['schimmel op de muur', 'de wasmachine is stuk'],
  ])('does not find "%s" alike "%s"', (a, b) => {
    expect(similarity(a, b)).toBeLessThan(SIMILAR_THRESHOLD);
  });

  it('ranks the most alike first and leaves out the rest', () => {
    const ranked = rankSimilar('licht in de hal kapot', [
      { id: 1, what: 'deur klemt' },
      { id: 2, what: 'lamp bij de lift flikkert, ook de deurbel is stuk' },
      { id: 3, what: 'de lamp doet het niet' },
    ]);
    expect(ranked.map((r) => r.id)).toEqual([3, 2]);
    expect(ranked[0]?.score).toBe(1);
  });
});
