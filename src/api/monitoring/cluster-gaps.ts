/**
 * The system-wide indicators of §12.3.6 count what this server's engines and simulated UAP saw.
 * In cluster mode (decision 1710) each node holds only the VDNs it owns, and these interfaces
 * carry no VDN to forward by: they answer for the node the request reached.
 */
export const nodeLocalIndicatorsGap = 'In cluster mode the counters are those of the node that answers (the VDNs it owns), not of the whole cluster.';
