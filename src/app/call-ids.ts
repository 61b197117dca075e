/**
 * The reference's call id, "<epoch seconds>-<sequence>" (ref L9645). One process numbers its calls
 * from 1; in a cluster several nodes mint ids in the same second, and a new owner carries on a VDN
 * whose calls another node numbered, so there the sequence also carries the node id (0–1023): two
 * nodes never mint the same id (decision 1710 noted the collision).
 */
export function callIdMinter(clusterNodeId: number | undefined): (nowMs: number) => string {
  let seq = 0;
  const nodes = 1024;
  return (nowMs) => {
    seq += 1;
    const sequence = clusterNodeId === undefined ? seq : seq * nodes + clusterNodeId;
    return `${Math.floor(nowMs / 1000)}-${sequence}`;
  };
}
