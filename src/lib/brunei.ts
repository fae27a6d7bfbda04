/**
 * Reference facts about Brunei that content is validated against.
 * Districts and mukims: the 39 mukims of the four districts as listed for the 2021
 * Population and Housing Census (Department of Economic Planning and Statistics).
 * Time zone: the IANA time zone database, `Asia/Brunei`.
 */

export const TIME_ZONE = 'Asia/Brunei';
/** Brunei is UTC+8 all year: no daylight saving. */
export const UTC_OFFSET_MINUTES = 8 * 60;

export const DISTRICTS = ['brunei-muara', 'belait', 'tutong', 'temburong'] as const;
export type District = (typeof DISTRICTS)[number];

export const MUKIMS: Record<District, readonly string[]> = {
  'brunei-muara': [
    'Berakas A',
    'Berakas B',
    'Burong Pingai Ayer',
    'Gadong A',
    'Gadong B',
    'Kianggeh',
    'Kilanas',
    'Kota Batu',
    'Lumapas',
    'Mentiri',
    'Pengkalan Batu',
    'Peramu',
    'Saba',
    'Sengkurong',
    'Serasa',
    'Sungai Kebun',
    'Sungai Kedayan',
    'Tamoi',
  ],
  belait: ['Bukit Sawat', 'Kuala Balai', 'Kuala Belait', 'Labi', 'Liang', 'Melilas', 'Seria', 'Sukang'],
  tutong: ['Keriam', 'Kiudang', 'Lamunin', 'Pekan Tutong', 'Rambai', 'Tanjong Maya', 'Telisai', 'Ukong'],
  temburong: ['Amo', 'Bangar', 'Batu Apoi', 'Bokok', 'Labu'],
};

export const ALL_MUKIMS: readonly string[] = DISTRICTS.flatMap((d) => MUKIMS[d]);

/** The district a mukim belongs to, or undefined for an unknown name. */
export function districtOfMukim(mukim: string): District | undefined {
  return DISTRICTS.find((d) => MUKIMS[d].includes(mukim));
}

/**
 * Brunei's bounding box, with a small margin. Good enough to catch a swapped
 * latitude/longitude or a point in Malaysia's Miri; not a border test.
 */
export const BRUNEI_BOUNDS = { south: 4.0, north: 5.1, west: 114.0, east: 115.4 } as const;

export function isInsideBrunei(point: { lat: number; lng: number }): boolean {
  const b = BRUNEI_BOUNDS;
  return point.lat >= b.south && point.lat <= b.north && point.lng >= b.west && point.lng <= b.east;
}
