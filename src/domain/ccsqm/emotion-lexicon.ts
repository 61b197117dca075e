/**
 * A small sentiment lexicon for the agent channel's "emotions" (ref L49600; note 07 §5.B.3):
 * English and Chinese words a contact-center agent says. Deterministic, no model.
 */
const positive = ['thank', 'thanks', 'welcome', 'glad', 'happy', 'great', 'pleasure', 'sure', 'of course', 'certainly', 'good', 'nice', 'appreciate', 'help', '谢谢', '感谢', '很高兴', '不客气', '好的', '没问题', '乐意', '满意'];
const negative = ['sorry', 'unfortunately', 'cannot', "can't", 'no way', 'angry', 'stupid', 'shut up', 'problem', 'wrong', 'complaint', 'bad', 'terrible', '对不起', '抱歉', '不行', '不能', '投诉', '生气', '糟糕', '闭嘴'];

/** +1, 0 or -1: which kind of words the text has more of. */
export function sentimentOf(text: string): number {
  const t = text.toLowerCase();
  const count = (words: readonly string[]) => words.reduce((n, w) => n + (t.includes(w) ? 1 : 0), 0);
  return Math.sign(count(positive) - count(negative));
}
