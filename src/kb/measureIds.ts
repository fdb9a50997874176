// The fixed list of the 28 measures of sh-sme-2023: ids, our numbers and areas are a stable
// interface (tests, links and analytics use them), so the loader checks the data against this list.
export const SH_SME_2023 = 'sh-sme-2023';

export const AREA_IDS = ['innovation', 'digital', 'collaboration', 'finance', 'relief', 'service'] as const;
export type AreaId = (typeof AREA_IDS)[number];

export const FIXED_MEASURES: readonly { id: string; number: number; area: AreaId }[] = [
  { id: 'specialized-sme', number: 1, area: 'innovation' },
  { id: 'scale-up', number: 2, area: 'innovation' },
  { id: 'rd-reward', number: 3, area: 'innovation' },
  { id: 'tech-achievements', number: 4, area: 'innovation' },
  { id: 'tech-retrofit', number: 5, area: 'innovation' },
  { id: 'green-factories', number: 6, area: 'innovation' },
  { id: 'industry-elite', number: 7, area: 'innovation' },
  { id: 'ai-compute-voucher', number: 8, area: 'digital' },
  { id: 'smart-manufacturing-voucher', number: 9, area: 'digital' },
  { id: 'empowerment-partners', number: 10, area: 'digital' },
  { id: 'data-merchants', number: 11, area: 'digital' },
  { id: 'cloud-adoption', number: 12, area: 'digital' },
  { id: 'hand-in-hand', number: 13, area: 'collaboration' },
  { id: 'gov-procurement', number: 14, area: 'collaboration' },
  { id: 'open-challenges', number: 15, area: 'collaboration' },
  { id: 'industrial-clusters', number: 16, area: 'collaboration' },
  { id: 'financing-access', number: 17, area: 'finance' },
  { id: 'seamless-renewal', number: 18, area: 'finance' },
  { id: 'financing-guarantee', number: 19, area: 'finance' },
  { id: 'chain-financing', number: 20, area: 'finance' },
  { id: 'listing-equity', number: 21, area: 'finance' },
  { id: 'job-stabilization', number: 22, area: 'relief' },
  { id: 'spring-rain-tax', number: 23, area: 'relief' },
  { id: 'relief-specialists', number: 24, area: 'relief' },
  { id: 'service-network', number: 25, area: 'service' },
  { id: 'quality-ip', number: 26, area: 'service' },
  { id: 'policy-coordination', number: 27, area: 'service' },
  { id: 'yiqifu-actions', number: 28, area: 'service' },
];
