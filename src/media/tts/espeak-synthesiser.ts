import { createRequire } from 'node:module';

/**
 * The eSpeak NG speech synthesiser compiled to WebAssembly, as the `text2wav` package ships it
 * (decision 0426): offline, deterministic, installed by `npm ci` with nothing to download. We call
 * its Emscripten module directly rather than the package's wrapper so that its diagnostics stay
 * out of the server's output and the text can never be read as a command-line option.
 */
type EmscriptenModule = {
  arguments: string[];
  print: (text: string) => void;
  printErr: (text: string) => void;
  postRun: () => void;
  FS?: { root: { contents: Record<string, { contents: ArrayLike<number> }> }; unmount(path: string): void };
};

const require = createRequire(import.meta.url);
let factory: ((module: EmscriptenModule) => void) | undefined;

/** The eSpeak voices we use per locale of §5.4.5 (ref L6610): the closest eSpeak voice. */
export const espeakVoiceOf: Record<string, string> = { en_US: 'en-us', zh_CN: 'cmn', pt_BR: 'pt-br', th_TH: 'th' };

/**
 * Speaks `text` and resolves to eSpeak's WAV (22 050 Hz, 16-bit mono). `speed` is in words per
 * minute (eSpeak's 80–450; 175 is its default), `amplitude` 0–200 (100 default).
 */
export function espeakWav(text: string, options: { voice: string; speed: number; amplitude: number }): Promise<Uint8Array> {
  factory ??= require('text2wav/lib/espeak-ng') as (module: EmscriptenModule) => void;
  const make = factory;
  // A leading space keeps a text such as "-w x" from being taken as an option by eSpeak's parser.
  const args = ['-v', options.voice, '-s', String(options.speed), '-a', String(options.amplitude), '-w', 'out.wav', ` ${text.replace(/\s+/g, ' ')}`];
  return new Promise((resolve, reject) => {
    const module: EmscriptenModule = {
      arguments: args,
      print: () => {},
      printErr: () => {},
      postRun: () => {
        const file = module.FS?.root.contents['out.wav'];
        if (!file) {
          reject(new Error('eSpeak produced no audio'));
          return;
        }
        module.FS?.unmount('/usr/share');
        resolve(new Uint8Array(file.contents));
      },
    };
    make(module);
  });
}
