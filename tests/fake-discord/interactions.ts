import {
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  MessageType,
  type APIMessage,
  type APIMessageInteractionMetadata,
  type RESTPostAPIInteractionCallbackWithResponseResult,
} from 'discord-api-types/v10';
import { z } from 'zod';
import {
  alreadyAcknowledged,
  invalidFormBody,
  unknownInteraction,
  unknownMessage,
  unknownWebhook,
} from './errors';
import { EventLog } from './event-log';
import type { FakeGateway } from './gateway/fake-gateway';
import { noContent, ok, type RouteResult } from './http/router';
import type { UploadedFile } from './http/uploads';
import {
  buildInteraction,
  type AnyInteraction,
  type InteractionActor,
} from './interaction-payloads';
import { messageBody, type MessageBody } from './message-body';
import type { MessageService } from './messages';
import type { FakeDiscordState } from './state';

const callbackBody = z.object({
  type: z.number().int(),
  data: z.record(z.string(), z.unknown()).optional(),
});

const autocompleteChoice = z.object({
  name: z.string().min(1).max(100),
  value: z.union([z.string(), z.number()]),
  name_localizations: z.record(z.string(), z.string().nullable()).nullish(),
});

export type AutocompleteChoice = z.infer<typeof autocompleteChoice>;

/** How the app answered an interaction's callback (what a test usually asserts on). */
export interface InteractionResponse {
  interactionId: string;
  token: string;
  type: InteractionResponseType;
  /** The callback's `data` as sent (message fields; `custom_id`/`title` for a modal). */
  data: MessageBody;
  ephemeral: boolean;
  /** Autocomplete result choices (type 8). */
  choices: AutocompleteChoice[];
  /** The message the callback created (4, 5) or updated (7); null for 6, 8, 9. */
  message: APIMessage | null;
}

export interface InteractionRecord {
  payload: AnyInteraction;
  channelId: string;
  acknowledged: boolean;
  expired: boolean;
  response: InteractionResponse | null;
  originalMessageId: string | null;
  /** After a deferred reply (5) the first followup fills in the "thinking" message. */
  firstFollowupEditsOriginal: boolean;
  followupIds: Set<string>;
  timer: NodeJS.Timeout | null;
}

type ResponseLogEntry =
  | { interactionId: string; expired: false; response: InteractionResponse }
  | { interactionId: string; expired: true };

const allowedResponses: Record<number, readonly InteractionResponseType[]> = {
  [InteractionType.ApplicationCommand]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.Modal,
  ],
  [InteractionType.MessageComponent]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.DeferredMessageUpdate,
    InteractionResponseType.UpdateMessage,
    InteractionResponseType.Modal,
  ],
  [InteractionType.ApplicationCommandAutocomplete]: [
    InteractionResponseType.ApplicationCommandAutocompleteResult,
  ],
  [InteractionType.ModalSubmit]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.DeferredMessageUpdate,
    InteractionResponseType.UpdateMessage,
  ],
};

/**
 * Interactions the fake sent (INTERACTION_CREATE) and everything the app did with them:
 * the one callback, the original response, followups. Like Discord, an interaction not
 * acknowledged within `ackTimeoutMs` (3 s) is gone: its callback gets 404 Unknown interaction.
 */
export class InteractionService {
  readonly responses = new EventLog<ResponseLogEntry>('interaction response');
  private readonly records = new Map<string, InteractionRecord>();
  private readonly byToken = new Map<string, InteractionRecord>();

  constructor(
    private readonly state: FakeDiscordState,
    private readonly gateway: FakeGateway,
    private readonly messages: MessageService,
    private readonly ackTimeoutMs: number | null,
  ) {}

  send(
    type: InteractionType,
    data: unknown,
    actor: InteractionActor,
    message?: APIMessage,
  ): InteractionRecord {
    const { payload, channel } = buildInteraction(this.state, type, data, actor, message);
    const record: InteractionRecord = {
      payload,
      channelId: channel.id,
      acknowledged: false,
      expired: false,
      response: null,
      originalMessageId: null,
      firstFollowupEditsOriginal: false,
      followupIds: new Set(),
      timer: null,
    };
    if (this.ackTimeoutMs !== null) {
      record.timer = setTimeout(() => {
        record.timer = null;
        if (record.acknowledged) return;
        record.expired = true;
        this.responses.record({ interactionId: payload.id, expired: true });
      }, this.ackTimeoutMs);
      record.timer.unref();
    }
    this.records.set(payload.id, record);
    this.byToken.set(payload.token, record);
    this.gateway.dispatch('INTERACTION_CREATE', null, () => payload);
    return record;
  }

  /** Resolves with the app's callback, or rejects when it never came or came too late. */
  async waitForResponse(interactionId: string, timeoutMs: number): Promise<InteractionResponse> {
    const entry = await this.responses.waitFor((e) => e.interactionId === interactionId, {
      timeoutMs,
    });
    if (entry.expired) {
      throw new Error(
        `fake Discord: interaction ${interactionId} was not acknowledged within ${this.ackTimeoutMs} ms`,
      );
    }
    return entry.response;
  }

  /** The interaction behind a webhook token (interaction followups use the token as webhook). */
  recordForToken(token: string): InteractionRecord | undefined {
    return this.byToken.get(token);
  }

  callback(
    id: string,
    token: string,
    raw: unknown,
    files: UploadedFile[],
    withResponse: boolean,
  ): RouteResult {
    const record = this.records.get(id);
    if (!record || record.payload.token !== token || record.expired) throw unknownInteraction();
    if (record.acknowledged) throw alreadyAcknowledged();
    const parsed = callbackBody.safeParse(raw);
    if (!parsed.success)
      throw invalidFormBody('type', 'BASE_TYPE_REQUIRED', 'This field is required');
    const type: InteractionResponseType = parsed.data.type;
    if (!(allowedResponses[record.payload.type] ?? []).includes(type)) {
      throw invalidFormBody(
        'type',
        'INTERACTION_RESPONSE_TYPE_INVALID',
        'Invalid interaction response type',
      );
    }
    const data = messageBody.parse(parsed.data.data ?? {});
    const choices =
      type === InteractionResponseType.ApplicationCommandAutocompleteResult
        ? z
            .array(autocompleteChoice)
            .max(25)
            .parse(parsed.data.data?.choices ?? [])
        : [];
    const message = this.applyCallback(record, type, data, files);
    record.acknowledged = true;
    if (record.timer) clearTimeout(record.timer);
    const response: InteractionResponse = {
      interactionId: id,
      token,
      type,
      data,
      ephemeral: message
        ? this.messages.isEphemeral(message)
        : ((data.flags ?? 0) & MessageFlags.Ephemeral) !== 0,
      choices,
      message,
    };
    record.response = response;
    this.responses.record({ interactionId: id, expired: false, response });
    if (!withResponse) return noContent();
    const result: RESTPostAPIInteractionCallbackWithResponseResult = {
      interaction: {
        id,
        type: record.payload.type,
        ...(message
          ? {
              response_message_id: message.id,
              response_message_loading: ((message.flags ?? 0) & MessageFlags.Loading) !== 0,
              response_message_ephemeral: this.messages.isEphemeral(message),
            }
          : {}),
      },
      resource: { type, ...(message ? { message } : {}) },
    };
    return ok(result);
  }

  /** POST webhooks/:applicationId/:token */
  followup(record: InteractionRecord, body: MessageBody, files: UploadedFile[]): APIMessage {
    if (!record.acknowledged) throw unknownWebhook();
    if (record.firstFollowupEditsOriginal && record.originalMessageId) {
      record.firstFollowupEditsOriginal = false;
      const original = this.original(record);
      const { flags: _ignored, ...rest } = body;
      return this.messages.edit(original, rest, files);
    }
    const message = this.messages.create({
      channelId: record.channelId,
      author: this.state.bot,
      body,
      files,
      webhookId: this.state.applicationId,
      applicationId: this.state.applicationId,
      type: this.messageType(record),
      interactionMetadata: this.metadata(record),
    });
    record.followupIds.add(message.id);
    return message;
  }

  /** `@original` or one of this interaction's followups. */
  message(record: InteractionRecord, messageId: string): APIMessage {
    if (messageId === '@original') return this.original(record);
    const message = this.state.messages.get(messageId);
    if (!message || !record.followupIds.has(messageId)) throw unknownMessage();
    return message;
  }

  editMessage(
    record: InteractionRecord,
    messageId: string,
    body: MessageBody,
    files: UploadedFile[],
  ): APIMessage {
    const message = this.message(record, messageId);
    if (messageId === '@original') record.firstFollowupEditsOriginal = false;
    return this.messages.edit(message, body, files);
  }

  close(): void {
    for (const record of this.records.values()) if (record.timer) clearTimeout(record.timer);
    this.responses.close();
  }

  private original(record: InteractionRecord): APIMessage {
    const message = record.originalMessageId
      ? this.state.messages.get(record.originalMessageId)
      : undefined;
    if (!message) throw unknownMessage();
    return message;
  }

  private applyCallback(
    record: InteractionRecord,
    type: InteractionResponseType,
    data: MessageBody,
    files: UploadedFile[],
  ): APIMessage | null {
    switch (type) {
      case InteractionResponseType.ChannelMessageWithSource:
      case InteractionResponseType.DeferredChannelMessageWithSource: {
        const deferred = type === InteractionResponseType.DeferredChannelMessageWithSource;
        const flags = (data.flags ?? 0) & MessageFlags.Ephemeral;
        const message = this.messages.create({
          channelId: record.channelId,
          author: this.state.bot,
          body: deferred ? {} : data,
          files,
          webhookId: this.state.applicationId,
          applicationId: this.state.applicationId,
          type: this.messageType(record),
          interactionMetadata: this.metadata(record),
          flags: deferred ? flags | MessageFlags.Loading : flags,
        });
        record.originalMessageId = message.id;
        record.firstFollowupEditsOriginal = deferred;
        return message;
      }
      case InteractionResponseType.DeferredMessageUpdate:
      case InteractionResponseType.UpdateMessage: {
        const source = record.payload.message;
        if (!source) return null;
        const message = this.state.messages.get(source.id);
        if (!message) throw unknownMessage();
        record.originalMessageId = message.id;
        if (type === InteractionResponseType.DeferredMessageUpdate) return null;
        return this.messages.edit(message, data, files);
      }
      default:
        return null;
    }
  }

  private messageType(record: InteractionRecord): MessageType {
    return record.payload.type === InteractionType.ApplicationCommand
      ? MessageType.ChatInputCommand
      : MessageType.Default;
  }

  private metadata(record: InteractionRecord): APIMessageInteractionMetadata {
    const { payload } = record;
    const user = payload.member?.user ?? payload.user ?? this.state.bot;
    const base = {
      id: payload.id,
      user,
      authorizing_integration_owners: payload.authorizing_integration_owners,
    };
    if (payload.type === InteractionType.MessageComponent && payload.message) {
      return {
        ...base,
        type: InteractionType.MessageComponent,
        interacted_message_id: payload.message.id,
      };
    }
    return { ...base, type: InteractionType.ApplicationCommand };
  }
}
