import { controlBlocksInstalled, type ControlBlocks } from '../../telephony/sim/index.ts';

/** The modules of the simulated UAP that §12.3.6.2 can read (Tables 12-656 to 12-658). */
export type ControlBlockModule = 'CCB' | 'INTESS' | 'BSI';

/**
 * The key information of one module's control blocks (§12.3.6.2, decision 0840), from the live
 * calls of the simulated UAP: a call being set up, alerting (it reached the called side) or
 * active (answered) holds one block; IVR and conference connections are the MSU's. States the
 * simulation never enters (overlap dialling, release guard, call park...) read "0".
 */
export function controlBlockInfo(module: ControlBlockModule, blocks: ControlBlocks): Record<string, string> {
  const inUse = blocks.setup + blocks.alerting + blocks.active;
  const n = (value: number) => String(value);
  if (module === 'CCB')
    return {
      'IDC switch index': '1',
      'Null CB number': n(controlBlocksInstalled - inUse),
      'Booked CB number': '0',
      'Info receiving status number': '0',
      'Wait overlap CB number': '0',
      'Overlap transmit number': '0',
      'Call proceeding number': n(blocks.setup),
      'Alerting CB number': n(blocks.alerting),
      'Connection request CB number': '0',
      'Active CB number': n(blocks.active),
      'Release guard CB number': '0',
      'Release waiting CB number': '0',
      'Temply hold CB number': '0',
      'Wait tone CB number': '0',
      'Null after combine CB number': '0',
      'Call park CB number': '0',
    };
  if (module === 'INTESS')
    return {
      'Last allocated INTESS number': n(blocks.lastAllocated),
      'Error stat flag': '0',
      'Error stat interval': '0',
      'Message statistics flag': '0',
      'Message statistics interval': '0',
      'Message statistics mask': '0',
      'Idle CB number': n(controlBlocksInstalled - inUse),
      'Overlap CB number': '0',
      'Call delivered CB number': n(blocks.alerting),
      'Call present CB number': n(blocks.setup),
      'Call received': '0',
      'Connection request CB number': '0',
      'Active CB number': n(blocks.active),
      'SPACTIVE CB number': '0',
      'CB number in INTESS_spy state': '0',
      'Wait REL CB number': '0',
    };
  const connections = inUse + blocks.ivrConnections;
  return {
    'Total number of connections': n(controlBlocksInstalled),
    'Total no of connection in IDLE state': n(controlBlocksInstalled - connections),
    'Total no of connection in CREATE CONNECT state': n(blocks.setup),
    'Total no of connection in CONNECT state': n(blocks.alerting + blocks.active + blocks.ivrConnections),
    'Total no of connection in DELETE CONNECT state': '0',
    'Total no of connection in MODIFY CONNECT state': '0',
    'Total no of connection having service type as IVR': n(blocks.ivrConnections),
    'Total no of connection having service type as CONF': n(blocks.conferences),
    'Total no of connection having service type as CONF CHAN': '0',
    'Total no of conf connection in IDLE state': n(controlBlocksInstalled - blocks.conferences),
    'Total number of Conf connections': n(controlBlocksInstalled),
    'Total no of conf connection in CREATE CONF state': '0',
    'Total no of conf connection in CONF USING state': n(blocks.conferences),
    'Total no of conf connection in CONF DELETE state': '0',
  };
}
