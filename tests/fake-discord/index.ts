export { FakeDiscord, startFakeDiscord } from './fake-discord';
export type { ActorOptions, FakeDiscordOptions, SentInteraction } from './fake-discord';
export type { GatewayLogEntry, GatewayStats } from './gateway/fake-gateway';
export type { RecordedRequest } from './http/server';
export type { UploadedFile } from './http/uploads';
export type { OptionValue } from './interaction-options';
export type { AutocompleteChoice, InteractionResponse } from './interactions';
export type { FakeGuild, UserSeed } from './state';
