import { once } from 'node:events';
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  ChannelType,
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
  Partials,
  SlashCommandBuilder,
  type ClientEvents,
  type Message,
  type TextChannel,
} from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord, type FakeDiscordOptions } from '../fake-discord';
import { RawGatewayClient } from './helpers/raw-gateway-client';

const cleanups: Array<() => Promise<void>> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/**
 * @discordjs/ws spaces IDENTIFYs of a shard 5 s apart (plus up to 1.5 s jitter), as Discord
 * demands. Tests that force a second IDENTIFY turn that off to stay fast.
 */
const noIdentifyThrottle = {
  buildIdentifyThrottler: () => ({ waitForIdentify: async () => undefined }),
};

/** A fake Discord plus a real discord.js client logged in to it, both closed after the test. */
async function connect(
  options?: FakeDiscordOptions,
  clientOptions: { fastReidentify?: boolean } = {},
): Promise<{ fake: FakeDiscord; client: Client }> {
  const fake = await startFakeDiscord(options);
  cleanups.push(() => fake.close());
  const client = new Client({
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.MessageContent,
      GatewayIntentBits.DirectMessages,
    ],
    partials: [Partials.Channel],
    rest: { api: fake.apiUrl },
    ...(clientOptions.fastReidentify ? { ws: noIdentifyThrottle } : {}),
  });
  cleanups.push(() => client.destroy());
  const ready = once(client, Events.ClientReady);
  await client.login(fake.token);
  await ready;
  return { fake, client };
}

/** The next discord.js event matching the predicate. */
function nextEvent<K extends keyof ClientEvents>(
  client: Client,
  event: K,
  predicate: (...args: ClientEvents[K]) => boolean = () => true,
  timeoutMs = 5000,
): Promise<ClientEvents[K]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      client.off(event, listener);
      reject(new Error(`no ${String(event)} within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (...args: ClientEvents[K]) => {
      if (!predicate(...args)) return;
      clearTimeout(timer);
      client.off(event, listener);
      resolve(args);
    };
    client.on(event, listener);
  });
}

/** Collects the contents of messageCreate events for assertions about duplicates. */
function recordMessages(client: Client): string[] {
  const seen: string[] = [];
  client.on(Events.MessageCreate, (message) => seen.push(message.content));
  return seen;
}

function textChannel(client: Client, id: string): TextChannel {
  const channel = client.channels.cache.get(id);
  if (channel?.type !== ChannelType.GuildText) throw new Error(`no text channel ${id}`);
  return channel;
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && key in value
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

describe('fake Discord with the real discord.js client', () => {
  it('logs in: gateway/bot, hello, identify, READY and GUILD_CREATE', async () => {
    const { fake, client } = await connect();

    expect(client.user?.id).toBe(fake.bot.id);
    expect(client.application?.id).toBe(fake.applicationId);
    const guild = client.guilds.cache.get(fake.guild.id);
    expect(guild?.name).toBe('Buurtkamer Test');
    expect(guild?.members.cache.has(fake.bot.id)).toBe(true);
    expect(textChannel(client, fake.guild.channel('algemeen').id).name).toBe('algemeen');

    expect(fake.requests.map((request) => request.route)).toContain('GET /gateway/bot');
    const connectEvent = fake.gatewayEvents.find((entry) => entry.type === 'connect');
    expect(connectEvent).toMatchObject({ path: '/gateway', query: { v: '10', encoding: 'json' } });
    expect(fake.gatewayStats).toMatchObject({ identifies: 1, resumes: 0 });
    const identify = fake.gatewayEvents.find((entry) => entry.type === 'identify');
    expect(
      identify?.type === 'identify' && identify.intents & GatewayIntentBits.MessageContent,
    ).toBeTruthy();

    const anne = fake.addUser({ username: 'anne', globalName: 'Anne' });
    const found = await guild?.members.fetch({ query: 'an', limit: 10 });
    expect([...(found?.keys() ?? [])]).toEqual([anne.id]);
    const byId = await guild?.members.fetch({ user: anne.id, force: true });
    expect(byId?.displayName).toBe('Anne');
  });

  it('delivers user messages, edits and deletions, and records reply and channel.send', async () => {
    const { fake, client } = await connect();
    const anne = fake.addUser({ username: 'anne', globalName: 'Anne' });
    const algemeen = fake.guild.channel('algemeen');

    const received = nextEvent(
      client,
      Events.MessageCreate,
      (message) => message.author.id === anne.id,
    );
    const sent = fake.userSays(algemeen.id, anne.id, 'hallo buren');
    const [message] = await received;
    expect(message.id).toBe(sent.id);
    expect(message.content).toBe('hallo buren');
    expect(message.member?.user.id).toBe(anne.id);

    const echo = nextEvent(client, Events.MessageCreate, (m) => m.author.id === fake.bot.id);
    const reply = await message.reply('Hoi Anne!');
    const replyRequest = await fake.waitForRequest(
      (request) => request.route === 'POST /channels/:channelId/messages' && request.status === 200,
    );
    expect(field(replyRequest.body, 'content')).toBe('Hoi Anne!');
    expect(field(field(replyRequest.body, 'message_reference'), 'message_id')).toBe(sent.id);
    expect(reply.reference?.messageId).toBe(sent.id);
    const [echoed] = await echo;
    expect(echoed.id).toBe(reply.id);

    await textChannel(client, algemeen.id).send('Koffie staat klaar');
    expect(fake.messages(algemeen.id).map((m) => m.content)).toEqual([
      'hallo buren',
      'Hoi Anne!',
      'Koffie staat klaar',
    ]);

    const updated = nextEvent(client, Events.MessageUpdate);
    fake.userEdits(sent.id, 'hallo allemaal');
    const [, after] = await updated;
    expect(after.content).toBe('hallo allemaal');

    const deleted = nextEvent(client, Events.MessageDelete);
    fake.userDeletes(sent.id);
    const [gone] = await deleted;
    expect(gone.id).toBe(sent.id);

    await expect(textChannel(client, algemeen.id).messages.fetch(sent.id)).rejects.toMatchObject({
      status: 404,
      code: 10008,
    });
    await expect(client.channels.fetch('1')).rejects.toMatchObject({ status: 404, code: 10003 });
  });

  it('withholds message content without the MessageContent intent, unless the bot is mentioned', async () => {
    const fake = await startFakeDiscord();
    cleanups.push(() => fake.close());
    const client = new Client({
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
      rest: { api: fake.apiUrl },
    });
    cleanups.push(() => client.destroy());
    const ready = once(client, Events.ClientReady);
    await client.login(fake.token);
    await ready;
    const anne = fake.addUser({ username: 'anne' });
    const channelId = fake.guild.channel('algemeen').id;

    const plain = nextEvent(client, Events.MessageCreate);
    fake.userSays(channelId, anne.id, 'harde muziek bij nummer 12');
    expect((await plain)[0].content).toBe('');
    const mention = nextEvent(client, Events.MessageCreate);
    fake.userSays(channelId, anne.id, `<@${fake.bot.id}> harde muziek bij nummer 12`);
    const [mentioned] = await mention;
    expect(mentioned.content).toBe(`<@${fake.bot.id}> harde muziek bij nummer 12`);
    expect(mentioned.mentions.users.has(fake.bot.id)).toBe(true);
  });

  it('answers a slash command with an ephemeral reply, and a deferred one with edit and followup', async () => {
    const { fake, client } = await connect();
    const anne = fake.addUser({ username: 'anne' });
    const channelId = fake.guild.channel('algemeen').id;
    client.on(Events.InteractionCreate, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      if (interaction.commandName === 'aanmelden') {
        const activity = interaction.options.getString('activiteit', true);
        await interaction.reply({
          content: `Je bent aangemeld voor ${activity}.`,
          flags: MessageFlags.Ephemeral,
        });
      }
      if (interaction.commandName === 'activiteiten') {
        await interaction.deferReply();
        await interaction.editReply('Koffieochtend (3 plekken)');
        await interaction.followUp({ content: 'Alleen voor jou', flags: MessageFlags.Ephemeral });
      }
    });

    const response = await fake.runSlashCommand(
      'aanmelden',
      { activiteit: 'Koffieochtend' },
      { userId: anne.id, channelId },
    );
    expect(response.type).toBe(4);
    expect(response.ephemeral).toBe(true);
    expect(response.data.content).toBe('Je bent aangemeld voor Koffieochtend.');
    expect(fake.messages(channelId)).toEqual([]);

    const deferred = await fake.runSlashCommand('activiteiten', {}, { userId: anne.id, channelId });
    expect(deferred.type).toBe(5);
    const followup = await fake.waitForRequest(
      (request) =>
        request.route === 'POST /webhooks/:webhookId/:token' &&
        request.params.token === deferred.token,
    );
    expect(followup.status).toBe(200);
    const edit = fake.requests.find(
      (request) => request.method === 'PATCH' && request.params.messageId === '@original',
    );
    expect(edit?.params.webhookId).toBe(fake.applicationId);
    expect(fake.messages(channelId).map((m) => [m.content, m.webhook_id, m.flags])).toEqual([
      ['Koffieochtend (3 plekken)', fake.applicationId, 0],
    ]);
  });

  it('expires an interaction that is not acknowledged within the time limit', async () => {
    const { fake, client } = await connect({ interactionAckTimeoutMs: 200 });
    const anne = fake.addUser({ username: 'anne' });
    let lateError: unknown;
    client.on(Events.InteractionCreate, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await new Promise((resolve) => setTimeout(resolve, 300));
      await interaction.reply('te laat').catch((error: unknown) => (lateError = error));
    });

    const response = fake.runSlashCommand(
      'hulp',
      {},
      { userId: anne.id, channelId: fake.guild.channel('staf').id },
    );
    await expect(response).rejects.toThrow(/not acknowledged within 200 ms/);
    const late = await fake.waitForRequest(
      (request) => request.route?.endsWith('/callback') === true,
    );
    expect(late.status).toBe(404);
    await expect.poll(() => lateError).toMatchObject({ code: 10062 });
  });

  it('answers autocomplete with choices', async () => {
    const { fake, client } = await connect();
    const anne = fake.addUser({ username: 'anne' });
    client.on(Events.InteractionCreate, async (interaction) => {
      if (!interaction.isAutocomplete()) return;
      const typed = interaction.options.getFocused().toLowerCase();
      const activities = ['Koffieochtend', 'Kookclub', 'Tuindag'];
      await interaction.respond(
        activities
          .filter((name) => name.toLowerCase().startsWith(typed))
          .map((name) => ({ name, value: name })),
      );
    });

    const response = await fake.autocomplete(
      'aanmelden',
      { activiteit: 'ko' },
      { focused: 'activiteit', userId: anne.id, channelId: fake.guild.channel('algemeen').id },
    );
    expect(response.type).toBe(8);
    expect(response.choices.map((choice) => choice.name)).toEqual(['Koffieochtend', 'Kookclub']);
  });

  it('answers a button press with update, which edits the message for everyone', async () => {
    const { fake, client } = await connect();
    const anne = fake.addUser({ username: 'anne' });
    const channelId = fake.guild.channel('algemeen').id;
    const post = await textChannel(client, channelId).send({
      content: 'Koffieochtend: 4 plekken vrij',
      components: [
        new ActionRowBuilder<ButtonBuilder>().addComponents(
          new ButtonBuilder()
            .setCustomId('aanmelden:42')
            .setLabel('Aanmelden')
            .setStyle(ButtonStyle.Primary),
        ),
      ],
    });
    client.on(Events.InteractionCreate, async (interaction) => {
      if (!interaction.isButton() || interaction.customId !== 'aanmelden:42') return;
      await interaction.update({
        content: `Koffieochtend: 3 plekken vrij (${interaction.user.username} erbij)`,
      });
    });

    const updated = nextEvent(
      client,
      Events.MessageUpdate,
      (_before, after) => after.id === post.id,
    );
    const response = await fake.pressButton(post.id, 'aanmelden:42', { userId: anne.id });
    expect(response.type).toBe(7);
    expect(response.message?.content).toBe('Koffieochtend: 3 plekken vrij (anne erbij)');
    const [, after] = await updated;
    expect(after.content).toBe('Koffieochtend: 3 plekken vrij (anne erbij)');
    expect(() => fake.pressButton(post.id, 'bestaat-niet', { userId: anne.id })).toThrow(
      /no component/,
    );
  });

  it('creates and executes a webhook with a username override; the echo carries webhook_id', async () => {
    const { fake, client } = await connect();
    const channel = textChannel(client, fake.guild.channel('algemeen').id);
    const webhook = await channel.createWebhook({ name: 'Buurtkamer' });
    expect(webhook.token).toBeTruthy();

    const echo = nextEvent(
      client,
      Events.MessageCreate,
      (message) => message.webhookId === webhook.id,
    );
    const sent = await webhook.send({
      content: 'Hallo vanuit de web-app',
      username: 'Anne (Buurtkamer)',
      avatarURL: 'https://buurtkamer.invalid/avatars/anne.png',
    });
    expect(sent.author.username).toBe('Anne (Buurtkamer)');
    const [echoed] = await echo;
    expect(echoed.id).toBe(sent.id);
    expect(echoed.author.bot).toBe(true);

    const execute = await fake.waitForRequest(
      (request) => request.route === 'POST /webhooks/:webhookId/:token',
    );
    expect(execute.query.wait).toBe('true');
    expect(execute.authorized).toBe(false);
    expect(field(execute.body, 'username')).toBe('Anne (Buurtkamer)');
    expect(field(execute.body, 'avatar_url')).toBe('https://buurtkamer.invalid/avatars/anne.png');

    const edited = await webhook.editMessage(sent.id, {
      content: 'Hallo vanuit de web-app (bewerkt)',
    });
    expect(edited.content).toBe('Hallo vanuit de web-app (bewerkt)');
    const listed = await channel.fetchWebhooks();
    expect([...listed.keys()]).toEqual([webhook.id]);
  });

  it('sends a DM and receives one (Partials.Channel)', async () => {
    const { fake, client } = await connect();
    const bram = fake.addUser({ username: 'bram' });

    const user = await client.users.fetch(bram.id);
    await user.send('Je buurman heeft een bericht voor je.');
    await fake.waitForRequest((request) => request.route === 'POST /users/@me/channels');
    const dm = fake.dmChannel(bram.id);
    expect(fake.messages(dm.id).map((m) => m.content)).toEqual([
      'Je buurman heeft een bericht voor je.',
    ]);

    const received = nextEvent(
      client,
      Events.MessageCreate,
      (message) => message.author.id === bram.id,
    );
    fake.userSaysInDm(bram.id, 'Dank je, ik kijk ernaar');
    const [message] = await received;
    expect(message.channel.type).toBe(ChannelType.DM);
    expect(message.guildId).toBeNull();

    client.on(Events.InteractionCreate, async (interaction) => {
      if (interaction.isChatInputCommand())
        await interaction.reply(`Hoi ${interaction.user.username}, in je DM`);
    });
    const response = await fake.runSlashCommand('zorg', {}, { userId: bram.id, channelId: dm.id });
    expect(response.message?.channel_id).toBe(dm.id);
    expect(response.data.content).toBe('Hoi bram, in je DM');
  });

  it('bulk-registers guild commands and uses their option types', async () => {
    const { fake, client } = await connect({ strictCommands: true });
    const anne = fake.addUser({ username: 'anne' });
    const commands = [
      new SlashCommandBuilder()
        .setName('aanmelden')
        .setDescription('Meld je aan')
        .addStringOption((option) =>
          option.setName('activiteit').setDescription('Welke').setAutocomplete(true),
        )
        .addIntegerOption((option) => option.setName('personen').setDescription('Met hoeveel')),
      new SlashCommandBuilder().setName('hulp').setDescription('Vraag hulp'),
    ].map((builder) => builder.toJSON());

    const registered = await client.application?.commands.set(commands, fake.guild.id);
    expect(registered?.map((command) => command.name).sort()).toEqual(['aanmelden', 'hulp']);
    const put = await fake.waitForRequest(
      (request) => request.route === 'PUT /applications/:applicationId/guilds/:guildId/commands',
    );
    expect(put.params.guildId).toBe(fake.guild.id);
    const ids = fake.commands(fake.guild.id).map((command) => command.id);
    await client.application?.commands.set(commands, fake.guild.id);
    expect(fake.commands(fake.guild.id).map((command) => command.id)).toEqual(ids);

    let personen: number | null = null;
    client.on(Events.InteractionCreate, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      personen = interaction.options.getInteger('personen');
      await interaction.reply({ content: 'ok', flags: MessageFlags.Ephemeral });
    });
    const channelId = fake.guild.channel('algemeen').id;
    await fake.runSlashCommand(
      'aanmelden',
      { activiteit: 'Tuindag', personen: 2 },
      { userId: anne.id, channelId },
    );
    expect(personen).toBe(2);
    expect(() => fake.startSlashCommand('onbekend', {}, { userId: anne.id, channelId })).toThrow(
      /not registered/,
    );
  });

  it('resumes after a gateway drop: missed messages replayed once, none twice', async () => {
    const { fake, client } = await connect();
    const anne = fake.addUser({ username: 'anne' });
    const channelId = fake.guild.channel('algemeen').id;
    const seen = recordMessages(client);

    const first = nextEvent(client, Events.MessageCreate, (m) => m.content === 'een');
    fake.userSays(channelId, anne.id, 'een');
    await first;

    const resumed = once(client, Events.ShardResume);
    fake.dropGateway();
    fake.userSays(channelId, anne.id, 'twee');
    fake.userSays(channelId, anne.id, 'drie');
    await resumed;
    const last = nextEvent(client, Events.MessageCreate, (m) => m.content === 'vier');
    fake.userSays(channelId, anne.id, 'vier');
    await last;

    const resumedAgain = once(client, Events.ShardResume);
    fake.dropGateway({ code: 4000 });
    fake.userSays(channelId, anne.id, 'vijf');
    await resumedAgain;
    const sixth = nextEvent(client, Events.MessageCreate, (m) => m.content === 'zes');
    fake.userSays(channelId, anne.id, 'zes');
    await sixth;

    expect(seen).toEqual(['een', 'twee', 'drie', 'vier', 'vijf', 'zes']);
    expect(fake.gatewayStats).toMatchObject({ identifies: 1, resumes: 2 });
    const resumes = fake.gatewayEvents.filter((entry) => entry.type === 'resume');
    expect(resumes).toMatchObject([
      { accepted: true, replayed: 2 },
      { accepted: true, replayed: 1 },
    ]);
    const connects = fake.gatewayEvents.filter((entry) => entry.type === 'connect');
    expect(connects.map((entry) => entry.type === 'connect' && entry.path)).toEqual([
      '/gateway',
      '/gateway-resume',
      '/gateway-resume',
    ]);
    const sequences = fake.gatewayEvents
      .filter((entry) => entry.type === 'dispatch' && entry.delivered)
      .map((entry) => (entry.type === 'dispatch' ? entry.s : 0));
    expect(new Set(sequences).size).toBe(sequences.length);
  });

  it('heartbeats: ACKs give a ping, op 1 gets an immediate heartbeat, a zombie connection is resumed', async () => {
    const { fake, client } = await connect({ heartbeatIntervalMs: 150 });
    await fake.waitForGatewayEvent((entry) => entry.type === 'heartbeat');
    await expect.poll(() => client.ws.ping).toBeGreaterThanOrEqual(0);

    const before = fake.gatewayStats.heartbeats;
    fake.requestHeartbeat();
    await fake.waitForGatewayEvent((entry) => entry.type === 'heartbeat', {
      fromIndex: fake.gatewayEvents.length,
    });
    expect(fake.gatewayStats.heartbeats).toBeGreaterThan(before);

    const resumed = once(client, Events.ShardResume);
    fake.setHeartbeatAcks(false);
    const zombieClose = await fake.waitForGatewayEvent(
      (entry) => entry.type === 'close' && entry.by === 'client',
    );
    fake.setHeartbeatAcks(true);
    await resumed;
    expect(zombieClose).toMatchObject({ code: 4200 });
    expect(fake.gatewayStats).toMatchObject({ identifies: 1, resumes: 1 });
  });

  it('speaks zlib-stream and enforces the handshake (raw WebSocket clients)', async () => {
    const fake = await startFakeDiscord();
    cleanups.push(() => fake.close());
    const identify = (token: string) => ({
      op: 2,
      d: { token, intents: 513, properties: { os: 'linux', browser: 'raw', device: 'raw' } },
    });

    const compressed = new RawGatewayClient(
      `${fake.gatewayUrl}?v=10&encoding=json&compress=zlib-stream`,
    );
    cleanups.push(async () => compressed.close());
    const hello = await compressed.next((payload) => payload.op === 10);
    expect(field(hello.d, 'heartbeat_interval')).toBe(41_250);
    compressed.send({ op: 1, d: null });
    await compressed.next((payload) => payload.op === 11);
    compressed.send(identify(fake.token));
    const ready = await compressed.next((payload) => payload.t === 'READY');
    const guildCreate = await compressed.next((payload) => payload.t === 'GUILD_CREATE');
    expect([ready.s, guildCreate.s]).toEqual([1, 2]);
    expect(field(ready.d, 'resume_gateway_url')).toBe(`${fake.gatewayUrl}-resume`);
    const syncFlush = Buffer.from([0x00, 0x00, 0xff, 0xff]);
    expect(compressed.frames.every((frame) => frame.subarray(-4).equals(syncFlush))).toBe(true);
    fake.requestHeartbeat();
    await compressed.next((payload) => payload.op === 1);

    const early = new RawGatewayClient(`${fake.gatewayUrl}?v=10&encoding=json`);
    await early.next((payload) => payload.op === 10);
    early.send({ op: 3, d: { status: 'online', since: null, activities: [], afk: false } });
    expect(await early.closed).toBe(4003);

    const wrongToken = new RawGatewayClient(`${fake.gatewayUrl}?v=10&encoding=json`);
    await wrongToken.next((payload) => payload.op === 10);
    wrongToken.send(identify('niet-het-token'));
    expect(await wrongToken.closed).toBe(4004);

    const resumeUnknown = new RawGatewayClient(`${fake.gatewayUrl}-resume?v=10&encoding=json`);
    await resumeUnknown.next((payload) => payload.op === 10);
    resumeUnknown.send({ op: 6, d: { token: fake.token, session_id: 'onbekend', seq: 3 } });
    expect((await resumeUnknown.next((payload) => payload.op === 9)).d).toBe(false);
    resumeUnknown.close();

    expect(await new RawGatewayClient(`${fake.gatewayUrl}?v=9&encoding=json`).closed).toBe(4012);
  });

  it('resumes when asked to reconnect (op 7)', async () => {
    const { fake, client } = await connect();
    const resumed = once(client, Events.ShardResume);
    fake.requestReconnect();
    await resumed;
    expect(fake.gatewayStats).toMatchObject({ identifies: 1, resumes: 1, connections: 2 });
  });

  it('identifies again after a non-resumable invalid session', async () => {
    const { fake, client } = await connect({}, { fastReidentify: true });
    const reidentified = fake.waitForGatewayEvent(
      (entry) => entry.type === 'identify' && entry.connectionId > 1,
    );
    fake.invalidateSession({ resumable: false });
    await reidentified;
    const anne = fake.addUser({ username: 'anne' });
    const received = nextEvent(client, Events.MessageCreate);
    fake.userSays(fake.guild.channel('algemeen').id, anne.id, 'nog daar?');
    await received;
    expect(fake.gatewayStats).toMatchObject({ identifies: 2, resumes: 0 });
  });

  it('survives Discord answering 503, and catches up when it is back', async () => {
    const { fake, client } = await connect();
    const anne = fake.addUser({ username: 'anne' });
    const channelId = fake.guild.channel('algemeen').id;
    const seen = recordMessages(client);

    await fake.setUnreachable('http-503');
    await expect(textChannel(client, channelId).send('tijdens storing')).rejects.toMatchObject({
      status: 503,
    });
    fake.userSays(channelId, anne.id, 'gemist tijdens storing');
    await fake.waitForGatewayEvent(
      (entry) => entry.type === 'refused' && entry.path === '/gateway-resume',
    );

    const resumed = once(client, Events.ShardResume);
    await fake.setUnreachable(false);
    await resumed;
    const echo = nextEvent(
      client,
      Events.MessageCreate,
      (message) => message.content === 'weer bereikbaar',
    );
    await textChannel(client, channelId).send('weer bereikbaar');
    await echo;
    expect(seen).toEqual(['gemist tijdens storing', 'weer bereikbaar']);
    expect(fake.gatewayStats).toMatchObject({ identifies: 1, resumes: 1 });
    expect(fake.requests.filter((request) => request.status === 503).length).toBeGreaterThanOrEqual(
      4,
    );
  });

  it('after connection refused, discord.js starts a new session; missed messages come from REST', async () => {
    const { fake, client } = await connect({}, { fastReidentify: true });
    const anne = fake.addUser({ username: 'anne' });
    const channel = textChannel(client, fake.guild.channel('algemeen').id);
    const seen = recordMessages(client);
    const before = nextEvent(client, Events.MessageCreate);
    const lastSeen = fake.userSays(channel.id, anne.id, 'voor de storing');
    await before;

    const refusedReconnect = nextEvent(client, Events.Debug, (message) =>
      message.includes('network error'),
    );
    await fake.setUnreachable('refused');
    await expect(channel.send('nee')).rejects.toThrow();
    fake.userSays(channel.id, anne.id, 'tijdens de storing');
    await refusedReconnect;
    const reidentified = fake.waitForGatewayEvent(
      (entry) => entry.type === 'identify' && entry.connectionId > 1,
    );
    await fake.setUnreachable(false);
    await reidentified;
    expect(fake.gatewayStats).toMatchObject({ identifies: 2, resumes: 0 });

    const received = nextEvent(
      client,
      Events.MessageCreate,
      (message: Message) => message.content === 'terug',
    );
    fake.userSays(channel.id, anne.id, 'terug');
    await received;
    expect(seen).toEqual(['voor de storing', 'terug']);
    const missed = await channel.messages.fetch({ after: lastSeen.id });
    expect(missed.map((message) => message.content)).toEqual(['terug', 'tijdens de storing']);
  });
});
