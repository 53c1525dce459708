import type { CommandRegistry } from '../commands';
import type { FakeGateway } from '../gateway/fake-gateway';
import type { InteractionService } from '../interactions';
import type { MessageService } from '../messages';
import type { FakeDiscordState } from '../state';

/** What the REST routes work on. */
export interface RestContext {
  state: FakeDiscordState;
  gateway: FakeGateway;
  messages: MessageService;
  interactions: InteractionService;
  commands: CommandRegistry;
}
