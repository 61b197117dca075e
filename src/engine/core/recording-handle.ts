/** A recorded segment while it is being recorded: what its events and its index row (13.2.2.2) say. */
export interface RecordingHandle {
  taskId: string;
  recordId: string;
  fileName: string;
  locationId: string;
  beginTimeMs: number;
  callId: string;
  caller: string;
  called: string;
  workNo: number;
  vdnId: number;
  /** Call type (Table 13-130) and skills, for the recording index (13.2.2.2). */
  callType: number;
  mediaType: number;
  userWantedSkillId: number | null;
  currentSkillId: number | null;
  /**
   * recordMode 1 (13.1.1.9 "to add", ref L66456): the self-recording whose file this segment
   * extends (the file's first segment) and the file's earlier segments, in order.
   */
  appendOf?: { recordId: string; segments: readonly RecordingSegment[] };
}

/** One recorded stretch of an appended file (its own index row). */
export interface RecordingSegment {
  recordId: string;
  beginMs: number;
  endMs: number;
}
