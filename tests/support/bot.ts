import type { Message } from '../../server/protocol/messages';
import { connectMember, eventually } from './clients';

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

  /** Sends text (or presses a button) and waits until Buurtbot has answered `replies` times. */
  async function say(
    text: string,
    options: { in?: string; choice?: string; replies?: number } = {},
  ): Promise<Message[]> {
    const before = botReplies().length;
    const channelId = options.in ?? botChannel.id;
    await member.client.send(channelId, text, { choice: options.choice });
    const expected = options.replies ?? 1;
    if (expected === 0) return [];
    await eventually(() => botReplies().length >= before + expected);
    await quiet();
    return botReplies().slice(before);
  }

  /** Buurtbot may answer with several messages: wait until it has been quiet for a moment. */
  async function quiet(ms = 250): Promise<void> {
    let count = botReplies().length;
    let since = Date.now();
    while (Date.now() - since < ms) {
      await new Promise((r) => setTimeout(r, 25));
      if (botReplies().length !== count) {
        count = botReplies().length;
        since = Date.now();
      }
    }
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
