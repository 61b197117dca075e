/** One visit of a call to a device (IVR, queue, agent): one CDR row when it ends (13.2.2.1). */
export interface CdrLeg {
  readonly id: string;
  deviceType: number;
  deviceNo: number;
  deviceIn: string;
  serviceNo: string;
  workNo: number | null;
  preDeviceType: number | null;
  preDeviceNo: number | null;
  preDeviceIn: string;
  skillId: number | null;
  currentSkillId: number | null;
  waitBeginMs: number | null;
  waitEndMs: number | null;
  ackBeginMs: number | null;
  ackEndMs: number | null;
  callBeginMs: number | null;
  callEndMs: number | null;
  leaveReason: number | null;
}
