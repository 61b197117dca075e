/**
 * Carriers of China's 11-digit mobile number blocks, by their first three or four digits, as the
 * Ministry of Industry and Information Technology assigned them (coverage and sources:
 * docs/phone-region-dataset.md). A four-digit entry wins over the three-digit one it refines.
 * Virtual-operator blocks (162, 165, 167, 170x, 171) report the network that carries them. Blocks
 * not listed (e.g. 1349, 140–144, 146, 148, 154, 1746–1749) answer "unknown".
 */
export type Carrier = 'China Mobile' | 'China Unicom' | 'China Telecom' | 'China Broadnet';

const blocks: Record<Carrier, readonly string[]> = {
  'China Mobile': [
    '1340', '1341', '1342', '1343', '1344', '1345', '1346', '1347', '1348',
    '135', '136', '137', '138', '139', '147', '150', '151', '152', '157', '158', '159',
    '165', '1703', '1705', '1706', '172', '178', '182', '183', '184', '187', '188', '195', '197', '198',
  ],
  'China Unicom': ['130', '131', '132', '145', '155', '156', '166', '167', '1704', '1707', '1708', '1709', '171', '175', '176', '185', '186', '196'],
  'China Telecom': ['133', '149', '153', '162', '1700', '1701', '1702', '173', '1740', '1741', '1742', '1743', '1744', '1745', '177', '180', '181', '189', '190', '191', '193', '199'],
  'China Broadnet': ['192'],
};

const carrierByPrefix: ReadonlyMap<string, Carrier> = new Map(
  (Object.entries(blocks) as Array<[Carrier, readonly string[]]>).flatMap(([carrier, prefixes]) => prefixes.map((prefix) => [prefix, carrier] as const)),
);

/** The carrier of an 11-digit mobile number, by its longest listed prefix; undefined if unlisted. */
export function mobileCarrier(number: string): Carrier | undefined {
  return carrierByPrefix.get(number.slice(0, 4)) ?? carrierByPrefix.get(number.slice(0, 3));
}

/** Every listed prefix (for the dataset's own tests). */
export const mobileCarrierPrefixes: ReadonlyMap<string, Carrier> = carrierByPrefix;
