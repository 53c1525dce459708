import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { messages } from '../../db/schema';
import type { DatabaseHandle } from '../../db/database';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { buildMember, buildProject, type TestMember, type TestProject } from '../support/factories';
import { systemClock } from '../../server/clock';
import { AppError } from '../../server/errors';
import { createMessageWriter } from '../../server/domain/messages/messageWriter';

let testDb: TestDatabase;
let database: DatabaseHandle;
let project: TestProject;
let anouk: TestMember;
let samir: TestMember;

beforeAll(async () => {
  testDb = await createTestDatabase();
  database = await testDb.open();
  project = await buildProject(database.db, 'Schrijfhof');
  anouk = await buildMember(database.db, project.id, 'resident', 'Anouk');
  samir = await buildMember(database.db, project.id, 'resident', 'Samir');
});
afterAll(async () => {
  await database.close();
  await testDb.destroy();
});

const seqsOf = async (channelId: string) =>
  (
    await database.db
      .select({ seq: messages.seq })
      .from(messages)
      .where(eq(messages.channelId, channelId))
  )
    .map((r) => r.seq)
    .sort((a, b) => a - b);

describe('the message writer (group commit)', () => {
  it('stores messages sent together once each, with gap-free sequences per channel in send order', async () => {
    const writer = createMessageWriter(database.db, systemClock);
    const { common, activities } = project.channels;
    const sends = Array.from({ length: 60 }, (_, i) =>
      writer.store({
        channelId: i % 3 === 0 ? activities : common,
        authorId: i % 2 ? anouk.userId : samir.userId,
        clientId: `batch-${i.toString().padStart(3, '0')}`,
        body: `bericht ${i}`,
      }),
    );
    const results = await Promise.all(sends);
    expect(results.every((r) => r.created)).toBe(true);
    expect(await seqsOf(common)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(await seqsOf(activities)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const commonSeqs = results
      .filter((r) => r.message.channelId === common)
      .map((r) => r.message.seq);
    expect(commonSeqs).toEqual([...commonSeqs].sort((a, b) => a - b));
    expect(results[5]?.message.body).toBe('bericht 5');
  });

  it('answers retries and repeats inside one batch exactly as storeMessage does', async () => {
    const writer = createMessageWriter(database.db, systemClock);
    const channelId = project.channels.common;
    const before = await seqsOf(channelId);
    const first = await writer.store({
      channelId,
      authorId: anouk.userId,
      clientId: 'retry-0001',
      body: 'een',
    });
    const [again, twin1, twin2, fresh] = await Promise.all([
      writer.store({ channelId, authorId: anouk.userId, clientId: 'retry-0001', body: 'een' }),
      writer.store({ channelId, authorId: samir.userId, clientId: 'twin-00001', body: 'twee' }),
      writer.store({ channelId, authorId: samir.userId, clientId: 'twin-00001', body: 'twee' }),
      writer.store({ channelId, authorId: samir.userId, clientId: 'fresh-0001', body: 'drie' }),
    ]);
    expect(first.created).toBe(true);
    expect(again).toEqual({ message: first.message, created: false });
    expect([twin1?.created, twin2?.created].sort()).toEqual([false, true]);
    expect(twin1?.message.id).toBe(twin2?.message.id);
    expect(fresh?.created).toBe(true);
    const after = await seqsOf(channelId);
    expect(after.length - before.length).toBe(3);
    expect(after).toEqual(Array.from({ length: after.length }, (_, i) => i + 1));

    await expect(
      writer.store({
        channelId: project.channels.activities,
        authorId: anouk.userId,
        clientId: 'retry-0001',
        body: 'x',
      }),
    ).rejects.toBeInstanceOf(AppError);
  });
});
