/**
 * Field rules of a skill queue that are not plain lengths or ranges (those are in the endpoint
 * schemas, written from the same tables).
 */

/** CEC §5.2.1 (ref L4067): 5 voice, 53 multimedia, 19 video, 2 voice click-to-dial, 18 video click-to-dial. */
export const skillMediaTypeIds = [5, 53, 19, 2, 18] as const;
export type SkillMediaTypeId = (typeof skillMediaTypeIds)[number];

export function isSkillMediaTypeId(value: number): value is SkillMediaTypeId {
  return (skillMediaTypeIds as readonly number[]).includes(value);
}

/** Media types whose skills take every overflow parameter (ref L4075: "When mediaTypeid is 5 or 19"). */
export function takesVoiceTreatment(mediaTypeId: number): boolean {
  return mediaTypeId === 5 || mediaTypeId === 19;
}

/** The multimedia media type, whose overflow may only go to a skill queue (ref L4075). */
export const multimediaMediaTypeId = 53;

/** Ranges and lengths of Table 5-45 (ref L4068–4074), shared by the schemas and the tests. */
export const skillFieldLimits = {
  nameLengthMax: 20,
  descriptionLengthMax: 50,
  maxWaitTimeSecondsMax: 60_000,
  maxWaitNumMax: 10_000,
  maxAgentWrapupTimeSecondsMax: 3_600,
} as const;

/**
 * CEC §5.2.1 (ref L4071): a skill name may not contain [`~!#$%^&*()+= {}';<>/?~#%……&*+{}] nor
 * \n, \r, \t. The list is a PDF rendering of a regular expression: its second half repeats the
 * first in full-width forms (～＃％……＆＊＋｛｝), which we forbid too; the blanks in it are read as
 * lost separators, not as a ban on spaces (decision 0201).
 */
const nameForbidden = new Set([...'`~!#$%^&*()+={}\';<>/?', '\n', '\r', '\t', ...'～＃％…＆＊＋｛｝']);

/** §5.2.4 (ref L4377) lists a comma among the forbidden characters of the name filter as well. */
const nameFilterForbidden = new Set([...nameForbidden, ',']);

function firstForbidden(text: string, forbidden: ReadonlySet<string>): string | undefined {
  for (const character of text) if (forbidden.has(character)) return character;
  return undefined;
}

/** The first character of a skill name that the reference forbids, if any. */
export function forbiddenNameCharacter(name: string): string | undefined {
  return firstForbidden(name, nameForbidden);
}

/** The first character of a querySkills name filter that the reference forbids, if any. */
export function forbiddenNameFilterCharacter(name: string): string | undefined {
  return firstForbidden(name, nameFilterForbidden);
}
