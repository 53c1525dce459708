/**
 * A Discord API error as the REST API answers it: HTTP status plus a JSON body
 * `{ message, code }` (JSON error codes from the Discord docs, "Opcodes and Status Codes").
 */
export class DiscordApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly errors?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DiscordApiError';
  }

  toBody(): Record<string, unknown> {
    return this.errors
      ? { message: this.message, code: this.code, errors: this.errors }
      : { message: this.message, code: this.code };
  }
}

export const unauthorized = () => new DiscordApiError(401, 0, '401: Unauthorized');
export const notFound = () => new DiscordApiError(404, 0, '404: Not Found');
export const unknownApplication = () => new DiscordApiError(404, 10002, 'Unknown Application');
export const unknownChannel = () => new DiscordApiError(404, 10003, 'Unknown Channel');
export const unknownGuild = () => new DiscordApiError(404, 10004, 'Unknown Guild');
export const unknownMember = () => new DiscordApiError(404, 10007, 'Unknown Member');
export const unknownMessage = () => new DiscordApiError(404, 10008, 'Unknown Message');
export const unknownUser = () => new DiscordApiError(404, 10013, 'Unknown User');
export const unknownWebhook = () => new DiscordApiError(404, 10015, 'Unknown Webhook');
export const unknownCommand = () => new DiscordApiError(404, 10063, 'Unknown application command');
export const unknownInteraction = () => new DiscordApiError(404, 10062, 'Unknown interaction');
export const cannotEditOthersMessage = () =>
  new DiscordApiError(403, 50005, 'Cannot edit a message authored by another user');
export const missingAccess = () => new DiscordApiError(403, 50001, 'Missing Access');
export const missingPermissions = () => new DiscordApiError(403, 50013, 'Missing Permissions');
export const cannotDmUser = () =>
  new DiscordApiError(403, 50007, 'Cannot send messages to this user');
export const emptyMessage = () => new DiscordApiError(400, 50006, 'Cannot send an empty message');
export const alreadyAcknowledged = () =>
  new DiscordApiError(400, 40060, 'Interaction has already been acknowledged.');

/** 50035 Invalid Form Body, with Discord's nested `errors` shape for one field. */
export function invalidFormBody(field: string, code: string, message: string): DiscordApiError {
  const errors: Record<string, unknown> = {};
  let cursor = errors;
  const parts = field.split('.');
  parts.forEach((part, index) => {
    const next: Record<string, unknown> =
      index === parts.length - 1 ? { _errors: [{ code, message }] } : {};
    cursor[part] = next;
    cursor = next;
  });
  return new DiscordApiError(400, 50035, 'Invalid Form Body', errors);
}
