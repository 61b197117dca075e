import { plugVoiceBot } from '../../src/engine/index.ts';
import type { TestApp } from './test-app.ts';

/**
 * The demo's 4002 is bound to the bank bot (decision 1014); tests of the scripted IVR menu behind
 * it unplug the tenant's voice bot, so that the called route's flow script runs as before.
 */
export async function useScriptedIvr(app: TestApp, vdnId = 1): Promise<void> {
  plugVoiceBot(await app.services.cti.registry.get(vdnId), null);
}
