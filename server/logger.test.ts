import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { createLogger } from './logger';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { logger: createLogger('info', {}, stream), text: () => lines.join('') };
}

describe('logs keep secrets and personal data out', () => {
  it("drops a failed query's parameters and PostgreSQL's row details from logged errors", () => {
    const cause = Object.assign(new Error('duplicate key value violates unique constraint'), {
      code: '23505',
      severity: 'ERROR',
      detail: 'Key (email)=(anouk@example.org) already exists.',
    });
    const error = new DrizzleQueryError(
      'insert into "messages" ("body") values ($1)',
      ['Mijn buurman op nummer 12 drinkt weer', 'anouk@example.org'],
      cause,
    );
    const { logger, text } = capture();
    logger.error({ err: error }, 'request failed');
    const out = text();
    expect(out).toContain('Failed query: insert into');
    expect(out).toContain('23505');
    expect(out).not.toContain('nummer 12');
    expect(out).not.toContain('anouk@example.org');
  });

  it('redacts cookies, tokens, passwords, invite codes and bodies wherever they are logged', () => {
    const { logger, text } = capture();
    logger.info(
      {
        headers: { cookie: 'bk_session=geheim-token' },
        password: 'hunter2hunter2',
        code: 'uitnodigingscode123',
        body: 'een bericht',
        input: { token: 'nog-een-token' },
      },
      'something',
    );
    const out = text();
    for (const secret of [
      'geheim-token',
      'hunter2hunter2',
      'uitnodigingscode123',
      'een bericht',
      'nog-een-token',
    ])
      expect(out).not.toContain(secret);
  });
});
