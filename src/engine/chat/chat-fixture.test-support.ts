// The engine fixture of the chat tests: a voice and a chat skill, their routes and one channel.
import { parseChatSettings } from '../../domain/chat/index.ts';
import { agentConfig, engineFixture, sessionOptions, skill, tenantConfig } from '../../../test/support/engine-fixture.ts';
import { signIn } from '../sessions/index.ts';
import { findSession } from './chat-sessions.ts';
import { customerSends, type CustomerMessage } from './customer-send.ts';

export const channelId = '202102193196869708';

export function chatFixture(chat: Record<string, unknown> = {}, agents: number[] = [101, 102]) {
  const config = tenantConfig({
    agents: new Map(agents.map((w) => [w, agentConfig(w, [[1], [2]])])),
    skills: new Map([
      [1, skill(1)],
      [2, skill(2, { mediaTypeId: 53, name: 'Chat' })],
    ]),
    routes: [
      { accessCode: '4001', extCode: '', deviceType: 1, deviceId: 1, mediaTypeId: 5 },
      { accessCode: '4003', extCode: '', deviceType: 1, deviceId: 2, mediaTypeId: 53 },
    ],
    chat: parseChatSettings({ maxChatsPerAgent: 2, channels: [{ channelConfigId: channelId, skillId: 2, offline: { enabled: true, tipText: 'Leave a message' } }], ...chat }),
  });
  const f = engineFixture(config);
  const login = (workNo: number, autoAnswer = true) => f.engine.run(() => signIn(f.engine, { workNo, password: 'pw', mode: 'login', status: 4, options: sessionOptions({ autoAnswer }) }));
  const send = (userId: string, controlType: CustomerMessage['controlType'], content?: string, mediaType: CustomerMessage['mediaType'] = 'TEXT') =>
    f.engine.run(() => customerSends(f.engine, { channelId, userId, controlType, mediaType, content }));
  const callOf = (userId: string) => findSession(f.engine, channelId, userId)?.callId ?? '';
  return { ...f, login, send, callOf };
}

