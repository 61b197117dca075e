// Goal: the review state machine and the traffic-control bucket behave as documented. Method:
// given a state, when a decision or a request arrives, then the outcome.
import { describe, expect, it } from 'vitest';
import { takeToken, type TokenBucket } from './token-bucket.ts';
import { checkVoiceTemplate } from './voice-template-rules.ts';
import { decideReview, reviewCallbackBody } from './voice-review.ts';

describe('decideReview', () => {
  it('decides a pending asset once, with the documented default comments', () => {
    expect(decideReview('pending', '2', undefined)).toEqual({ ok: true, value: { status: '2', comment: 'Approved' } });
    expect(decideReview('pending', '3', ' too noisy ')).toEqual({ ok: true, value: { status: '3', comment: 'too noisy' } });
  });

  it('refuses a second decision and an unknown status', () => {
    expect(decideReview('2', '3', undefined)).toMatchObject({ ok: false, rejection: { tag: 'AlreadyReviewed' } });
    expect(decideReview('pending', '1', undefined)).toMatchObject({ ok: false, rejection: { tag: 'ReviewStatusInvalid' } });
    expect(decideReview('pending', '2', 'x'.repeat(257))).toMatchObject({ ok: false, rejection: { tag: 'ReviewCommentTooLong' } });
  });

  it('builds the callback body field for field as Table 5-120 shows it', () => {
    const body = reviewCallbackBody({ fileUrl: 'Y:/IVR/147/voice/0/nPqV9vU3_1666706957559.wav', fileId: '1323606152730207249' }, { status: '2', comment: 'Approved' });
    expect(JSON.stringify(body)).toBe('{"fileUrl":"Y:/IVR/147/voice/0/nPqV9vU3_1666706957559.wav","fileId":"1323606152730207249","status":"2","comment":"Approved"}');
  });
});

describe('takeToken', () => {
  const policy = { capacity: 10, refillPerSecond: 10 };

  it('admits 10 requests in one instant, refuses the 11th, and admits again as time passes', () => {
    let bucket: TokenBucket | undefined;
    const at = (ms: number) => {
      const taken = takeToken(bucket, ms, policy);
      bucket = taken.bucket;
      return taken.allowed;
    };
    expect(Array.from({ length: 10 }, () => at(0)).every(Boolean)).toBe(true);
    expect(at(0)).toBe(false);
    expect(at(99)).toBe(false);
    expect(at(100)).toBe(true);
    expect(at(100)).toBe(false);
    expect(Array.from({ length: 10 }, () => at(5000)).every(Boolean)).toBe(true);
  });
});

describe('checkVoiceTemplate', () => {
  const base = { name: 'ctest1', voicecontent: { textcontent: 'test', language: 'en_US' } };

  it('applies the documented defaults', () => {
    expect(checkVoiceTemplate(base, [])).toEqual({
      ok: true,
      value: { name: 'ctest1', scene: '3', speed: 0, volume: 50, voicename: 'cn_kefuman_common', textcontent: 'test', language: 'en_US', variables: [], callbackUrl: null },
    });
  });

  it('refuses each invalid field', () => {
    const tag = (input: object) => {
      const checked = checkVoiceTemplate({ ...base, ...input }, ['http://127.0.0.1']);
      return checked.ok ? undefined : checked.rejection.tag;
    };
    expect(tag({ name: 'c test' })).toBe('NameInvalid');
    expect(tag({ scene: '2' })).toBe('SceneInvalid');
    expect(tag({ speed: -201 })).toBe('SpeedInvalid');
    expect(tag({ speed: 500.5 })).toBe('SpeedInvalid');
    expect(tag({ volume: 101 })).toBe('VolumeInvalid');
    expect(tag({ voicename: 'robot' })).toBe('VoiceNameInvalid');
    expect(tag({ voicecontent: { textcontent: '${TXT_3} first', language: 'en_US' } })).toBe('TemplateStartsWithVariable');
    expect(tag({ voicecontent: { textcontent: 'ok', language: 'de_DE' } })).toBe('LanguageInvalid');
    expect(tag({ callbackUrl: 'http://10.134.227.74:18133/upload' })).toBe('CallbackUrlNotTrusted');
    expect(tag({ callbackUrl: 'http://127.0.0.1:18133/upload', speed: 500, volume: 0 })).toBeUndefined();
  });
});
