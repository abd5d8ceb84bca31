import type { PartnerType } from '../domain/common';

/**
 * The vendor's world in words: what it sells, where, to whom, and who
 * competes with it. Kept in one place so deals, reseller product lines,
 * incentive accelerators and joint solutions all speak of the same products.
 */

/** The vendor's product lines: deals, rebate accelerators and SPIFFs refer to these names. */
export const productLines = ['Core Platform', 'Analytics', 'Workflow Automation', 'Security Suite', 'Data Integration'] as const;

/** Lines from rival vendors that resellers also carry. */
export const competingLines = ['Zentrix Analytics', 'Orcana Automation', 'Helix Secure', 'DataMorph ETL', 'Quill CRM Suite'] as const;

export const verticals = [
  'Financial Services',
  'Healthcare',
  'Manufacturing',
  'Retail',
  'Public Sector',
  'Telecommunications',
  'Energy & Utilities',
  'Education',
  'Media & Entertainment',
  'Transportation & Logistics',
] as const;

export interface TerritoryTemplate {
  name: string;
  region: string;
  /** Where inside the territory its partners sit: a partner's `region`. */
  areas: readonly string[];
}

export const territoryTemplates: readonly TerritoryTemplate[] = [
  { name: 'US West', region: 'North America', areas: ['California', 'Pacific Northwest', 'Mountain States'] },
  { name: 'UK & Ireland', region: 'EMEA', areas: ['London', 'Northern England', 'Ireland', 'Scotland'] },
  { name: 'US East', region: 'North America', areas: ['New England', 'New York Metro', 'Mid-Atlantic'] },
  { name: 'DACH', region: 'EMEA', areas: ['Germany', 'Austria', 'Switzerland'] },
  { name: 'ANZ', region: 'APAC', areas: ['New South Wales', 'Victoria', 'New Zealand'] },
  { name: 'US Central', region: 'North America', areas: ['Texas', 'Great Lakes', 'Midwest'] },
  { name: 'Nordics', region: 'EMEA', areas: ['Sweden', 'Norway', 'Denmark', 'Finland'] },
  { name: 'Canada', region: 'North America', areas: ['Ontario', 'Quebec', 'Western Canada'] },
  { name: 'France & Benelux', region: 'EMEA', areas: ['France', 'Netherlands', 'Belgium'] },
  { name: 'India', region: 'APAC', areas: ['Bengaluru', 'Mumbai', 'Delhi NCR'] },
  { name: 'Southern Europe', region: 'EMEA', areas: ['Spain', 'Italy', 'Portugal'] },
  { name: 'Japan', region: 'APAC', areas: ['Tokyo', 'Osaka', 'Nagoya'] },
  { name: 'Brazil', region: 'LATAM', areas: ['São Paulo', 'Rio de Janeiro', 'Southern Brazil'] },
  { name: 'Middle East', region: 'EMEA', areas: ['United Arab Emirates', 'Saudi Arabia', 'Israel'] },
  { name: 'Southeast Asia', region: 'APAC', areas: ['Singapore', 'Malaysia', 'Indonesia'] },
  { name: 'Mexico & Central America', region: 'LATAM', areas: ['Mexico City', 'Monterrey', 'Central America'] },
  { name: 'Greater China', region: 'APAC', areas: ['Shanghai', 'Hong Kong', 'Taiwan'] },
  { name: 'Africa', region: 'EMEA', areas: ['South Africa', 'Nigeria', 'Kenya'] },
  { name: 'Korea', region: 'APAC', areas: ['Seoul', 'Busan', 'Daejeon'] },
  { name: 'Andean & Southern Cone', region: 'LATAM', areas: ['Argentina', 'Chile', 'Colombia'] },
];

/** Two halves of an invented brand: "North" + "field" → Northfield. */
export const brandHeads = [
  'North', 'Blue', 'Bright', 'Cedar', 'Summit', 'Harbor', 'Iron', 'Silver', 'Granite', 'Clear',
  'Red', 'Pine', 'Atlas', 'Vertex', 'Nimbus', 'Orbit', 'Quantum', 'Beacon', 'Apex', 'Lumen',
  'Stone', 'River', 'Falcon', 'Aspen', 'Cobalt', 'Meridian', 'Polar', 'Crest', 'Signal', 'Vector',
  'Oak', 'Copper', 'Sky', 'Tidal', 'Ember', 'Arctic', 'Keystone', 'Prairie', 'Swift', 'Sterling',
] as const;
export const brandTails = [
  'field', 'point', 'wave', 'stack', 'line', 'bridge', 'gate', 'path', 'forge', 'ridge',
  'leaf', 'peak', 'light', 'works', 'grid', 'core', 'loop', 'mark', 'view', 'scale',
  'shift', 'sphere', 'wise', 'spark', 'port',
] as const;

/** How each kind of partner tends to name itself. */
export const companySuffixes: Record<PartnerType, readonly string[]> = {
  isv: ['Software', 'Labs', 'Technologies', 'Systems', 'Analytics'],
  reseller: ['IT Solutions', 'Technology Group', 'Distribution', 'Networks', 'Computing'],
  oem: ['Devices', 'Embedded', 'Electronics', 'Instruments', 'Robotics'],
  si: ['Consulting', 'Partners', 'Digital', 'Advisory', 'Solutions Group'],
};

/** What an OEM builds around the vendor's software. */
export const oemProducts = [
  'Edge Gateway',
  'Industrial Controller',
  'Medical Imaging Station',
  'Smart Retail Kiosk',
  'Network Security Appliance',
  'Point-of-Sale Terminal',
  'Fleet Telematics Unit',
  'Building Management Hub',
] as const;

export const contactRoles = {
  primary: ['Alliance Manager', 'Partner Manager', 'Head of Alliances'],
  others: [
    'Sales Director',
    'Account Executive',
    'Solutions Architect',
    'Presales Engineer',
    'Technical Lead',
    'Practice Lead',
    'Marketing Manager',
    'Customer Success Manager',
    'VP Sales',
    'CTO',
  ],
} as const;

/** Lowercase letters and digits only: safe inside a domain name or an email's local part. */
export const slug = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();
