import type { Message } from '../../server/protocol/messages';
import { inProcessApp } from './app';
import { allDelivered, connectMember, eventually } from './clients';

/** A member connected to the web chat, with helpers to talk to Buurtbot as the web client does. */
export async function talkToBot(url: string, cookie: string, projectId: string) {
  const member = await connectMember(url, cookie);
  await eventually(() =>
    member.client.channels.some((c) => c.kind === 'bot' && c.projectId === projectId),
  );
  const botChannel = member.client.channels.find(
    (c) => c.kind === 'bot' && c.projectId === projectId,
  )!;
  const botReplies = () =>
    member.received.filter((m) => m.channelId === botChannel.id && m.author.role === 'bot');

  /**
   * Sends text (or presses a button) and returns every answer Buurtbot gives to it, at least
   * `replies` (default 1; 0: none expected).
   */
  async function say(
    text: string,
    options: { in?: string; choice?: string; replies?: number } = {},
  ): Promise<Message[]> {
    const before = botReplies().length;
    const channelId = options.in ?? botChannel.id;
    await member.client.send(channelId, text, { choice: options.choice });
    const expected = options.replies ?? 1;
    await done();
    if (expected === 0) return [];
    await eventually(() => botReplies().length >= before + expected);
    return botReplies().slice(before);
  }

  /**
   * Until Buurtbot has finished with what was sent, and this client has every answer: the send
   * is acknowledged after the server started its listeners (Buurtbot among them), the server's
   * dispatcher says when they and everything they set off have finished, and a round trip on
   * this socket comes back after every message the server sent it before. A server in another
   * process (the multi-node scenario) offers no such signal: `say` then waits for `replies`
   * answers only.
   */
  async function done(): Promise<void> {
    const app = inProcessApp(url);
    if (app) await allDelivered({ app }, member.socket);
  }

  /** Presses the button whose label matches on the latest bot message that has buttons. */
  async function press(label: RegExp, replies = 1): Promise<Message[]> {
    const withButtons = [...botReplies()]
      .reverse()
      .find((m) => m.buttons?.some((b) => label.test(b.label)));
    const button = withButtons?.buttons?.find((b) => label.test(b.label));
    if (!button) throw new Error(`no button ${label} in ${JSON.stringify(botReplies().slice(-2))}`);
    return say(button.label, { choice: button.value, replies });
  }

  return { ...member, botChannel, botReplies, say, press };
}
