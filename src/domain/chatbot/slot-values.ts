import type { NodeOf } from './flow-definition.ts';
import { chineseNumberValue } from './nlu/numbers.ts';

const yes = /^(yes|yeah|yep|sure|ok|okay|correct|right|1|是|是的|对|对的|好|好的|可以|嗯)$/iu;
const no = /^(no|nope|not|wrong|2|不|不是|否|不对|不要|不用)$/iu;

/**
 * The value a slot keeps from the caller's answer, or undefined when the answer does not fill it
 * (the flow then retries, note 05 §8.3.1). Digits spoken with separators ("138 0013 8000") count.
 */
export function slotValue(node: NodeOf<'slot'>, answer: string): string | undefined {
  const text = answer.normalize('NFKC').trim();
  if (text === '') return undefined;
  const value = extract(node, text);
  if (value === undefined) return undefined;
  if (node.minLength !== undefined && value.length < node.minLength) return undefined;
  if (node.maxLength !== undefined && value.length > node.maxLength) return undefined;
  return value;
}

function extract(node: NodeOf<'slot'>, text: string): string | undefined {
  switch (node.entity) {
    case 'any':
      return text;
    case 'digits': {
      const digits = text.replace(/[\s-]/g, '');
      return /^\d+$/.test(digits) ? digits : undefined;
    }
    case 'phone': {
      const match = /\+?\d[\d\s-]{5,20}\d/.exec(text);
      const digits = match?.[0].replace(/[\s-]/g, '');
      return digits && digits.replace('+', '').length >= 7 && digits.replace('+', '').length <= 15 ? digits : undefined;
    }
    case 'number': {
      const match = /-?\d+(\.\d+)?/.exec(text.replace(/,/g, ''));
      if (match) return match[0];
      const zh = chineseNumberValue(text);
      return zh === undefined ? undefined : String(zh);
    }
    case 'date': {
      const iso = /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?/u.exec(text);
      if (!iso) return undefined;
      const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
      if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
      return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    }
    case 'yesno': {
      const word = text.toLowerCase().replace(/[.!。！]+$/u, '');
      if (yes.test(word)) return 'yes';
      if (no.test(word)) return 'no';
      return undefined;
    }
    case 'pattern': {
      const match = new RegExp(node.pattern ?? '.*', 'u').exec(text);
      return match ? (match[1] ?? match[0]) : undefined;
    }
    default:
      return undefined;
  }
}
