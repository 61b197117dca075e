/**
 * Fixed-line area codes of China's provincial capitals, municipalities and major cities, with the
 * province, the city, the city's six-digit administrative division code (GB/T 2260, e.g. 110100
 * for Beijing, as §5.3.6's example answers in `areaCode`) and the city's main postal code
 * (coverage and sources: docs/phone-region-dataset.md).
 */
export interface AreaRecord {
  readonly province: string;
  readonly city: string;
  /** Six-digit administrative division code of the city. */
  readonly divisionCode: string;
  readonly postCode: string;
}

/** Area code (with its leading 0) → province, city, division code, postal code. */
const rows: ReadonlyArray<readonly [areaCode: string, province: string, city: string, divisionCode: string, postCode: string]> = [
  // Municipalities.
  ['010', 'Beijing', 'Beijing', '110100', '100000'],
  ['021', 'Shanghai', 'Shanghai', '310100', '200000'],
  ['022', 'Tianjin', 'Tianjin', '120100', '300000'],
  ['023', 'Chongqing', 'Chongqing', '500100', '400000'],
  // Provincial capitals.
  ['0311', 'Hebei', 'Shijiazhuang', '130100', '050000'],
  ['0351', 'Shanxi', 'Taiyuan', '140100', '030000'],
  ['0471', 'Inner Mongolia', 'Hohhot', '150100', '010000'],
  ['024', 'Liaoning', 'Shenyang', '210100', '110000'],
  ['0431', 'Jilin', 'Changchun', '220100', '130000'],
  ['0451', 'Heilongjiang', 'Harbin', '230100', '150000'],
  ['025', 'Jiangsu', 'Nanjing', '320100', '210000'],
  ['0571', 'Zhejiang', 'Hangzhou', '330100', '310000'],
  ['0551', 'Anhui', 'Hefei', '340100', '230000'],
  ['0591', 'Fujian', 'Fuzhou', '350100', '350000'],
  ['0791', 'Jiangxi', 'Nanchang', '360100', '330000'],
  ['0531', 'Shandong', 'Jinan', '370100', '250000'],
  ['0371', 'Henan', 'Zhengzhou', '410100', '450000'],
  ['027', 'Hubei', 'Wuhan', '420100', '430000'],
  ['0731', 'Hunan', 'Changsha', '430100', '410000'],
  ['020', 'Guangdong', 'Guangzhou', '440100', '510000'],
  ['0771', 'Guangxi', 'Nanning', '450100', '530000'],
  ['0898', 'Hainan', 'Haikou', '460100', '570000'],
  ['028', 'Sichuan', 'Chengdu', '510100', '610000'],
  ['0851', 'Guizhou', 'Guiyang', '520100', '550000'],
  ['0871', 'Yunnan', 'Kunming', '530100', '650000'],
  ['0891', 'Tibet', 'Lhasa', '540100', '850000'],
  ['029', 'Shaanxi', "Xi'an", '610100', '710000'],
  ['0931', 'Gansu', 'Lanzhou', '620100', '730000'],
  ['0971', 'Qinghai', 'Xining', '630100', '810000'],
  ['0951', 'Ningxia', 'Yinchuan', '640100', '750000'],
  ['0991', 'Xinjiang', 'Urumqi', '650100', '830000'],
  // Other major cities.
  ['0315', 'Hebei', 'Tangshan', '130200', '063000'],
  ['0335', 'Hebei', 'Qinhuangdao', '130300', '066000'],
  ['0312', 'Hebei', 'Baoding', '130600', '071000'],
  ['0352', 'Shanxi', 'Datong', '140200', '037000'],
  ['0472', 'Inner Mongolia', 'Baotou', '150200', '014000'],
  ['0411', 'Liaoning', 'Dalian', '210200', '116000'],
  ['0412', 'Liaoning', 'Anshan', '210300', '114000'],
  ['0432', 'Jilin', 'Jilin', '220200', '132000'],
  ['0459', 'Heilongjiang', 'Daqing', '230600', '163000'],
  ['0510', 'Jiangsu', 'Wuxi', '320200', '214000'],
  ['0516', 'Jiangsu', 'Xuzhou', '320300', '221000'],
  ['0519', 'Jiangsu', 'Changzhou', '320400', '213000'],
  ['0512', 'Jiangsu', 'Suzhou', '320500', '215000'],
  ['0513', 'Jiangsu', 'Nantong', '320600', '226000'],
  ['0574', 'Zhejiang', 'Ningbo', '330200', '315000'],
  ['0577', 'Zhejiang', 'Wenzhou', '330300', '325000'],
  ['0573', 'Zhejiang', 'Jiaxing', '330400', '314000'],
  ['0575', 'Zhejiang', 'Shaoxing', '330600', '312000'],
  ['0579', 'Zhejiang', 'Jinhua', '330700', '321000'],
  ['0553', 'Anhui', 'Wuhu', '340200', '241000'],
  ['0592', 'Fujian', 'Xiamen', '350200', '361000'],
  ['0595', 'Fujian', 'Quanzhou', '350500', '362000'],
  ['0797', 'Jiangxi', 'Ganzhou', '360700', '341000'],
  ['0532', 'Shandong', 'Qingdao', '370200', '266000'],
  ['0535', 'Shandong', 'Yantai', '370600', '264000'],
  ['0536', 'Shandong', 'Weifang', '370700', '261000'],
  ['0631', 'Shandong', 'Weihai', '371000', '264200'],
  ['0379', 'Henan', 'Luoyang', '410300', '471000'],
  ['0717', 'Hubei', 'Yichang', '420500', '443000'],
  ['0710', 'Hubei', 'Xiangyang', '420600', '441000'],
  ['0755', 'Guangdong', 'Shenzhen', '440300', '518000'],
  ['0756', 'Guangdong', 'Zhuhai', '440400', '519000'],
  ['0754', 'Guangdong', 'Shantou', '440500', '515000'],
  ['0757', 'Guangdong', 'Foshan', '440600', '528000'],
  ['0750', 'Guangdong', 'Jiangmen', '440700', '529000'],
  ['0769', 'Guangdong', 'Dongguan', '441900', '523000'],
  ['0760', 'Guangdong', 'Zhongshan', '442000', '528400'],
  ['0772', 'Guangxi', 'Liuzhou', '450200', '545000'],
  ['0773', 'Guangxi', 'Guilin', '450300', '541000'],
  ['0816', 'Sichuan', 'Mianyang', '510700', '621000'],
  ['0917', 'Shaanxi', 'Baoji', '610300', '721000'],
];

export const areasByCode: ReadonlyMap<string, AreaRecord> = new Map(
  rows.map(([areaCode, province, city, divisionCode, postCode]) => [areaCode, { province, city, divisionCode, postCode }] as const),
);

/**
 * The area code at the start of a national fixed-line number (with its trunk 0). China's area
 * codes are 010 and 020–029 (three digits) and four digits otherwise, so the length follows from
 * the second digit even when the code is not in the table.
 */
export function areaCodeOf(nationalNumber: string): string {
  return /^0[12]/.test(nationalNumber) ? nationalNumber.slice(0, 3) : nationalNumber.slice(0, 4);
}
