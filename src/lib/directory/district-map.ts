/**
 * A small schematic map of Brunei's four districts, drawn as inline SVG from
 * outlines kept here — no map tiles, no request to anyone.
 *
 * The outlines are hand-simplified (a dozen or so points each), traced from the
 * known positions of coastal towns and the mukim centres in `content/places.yaml`.
 * They are for choosing a district, not for showing borders: a unit test checks
 * that every place and every group falls inside its own district's outline.
 */
import { DISTRICTS, type District } from '../brunei';
import type { LatLng } from './distance';

/** [latitude, longitude] */
type Point = readonly [number, number];

/** Each outline is a closed ring, clockwise from the north-west. */
// prettier-ignore
export const DISTRICT_OUTLINES: Record<District, readonly Point[]> = {
  belait: [
    [4.59, 114.07], [4.615, 114.2], [4.625, 114.33], [4.675, 114.44], [4.715, 114.53],
    [4.62, 114.57], [4.5, 114.62], [4.4, 114.7], [4.3, 114.78],
    [4.15, 114.8], [4.02, 114.72], [4.05, 114.55], [4.2, 114.42], [4.35, 114.3], [4.45, 114.18], [4.52, 114.1],
  ],
  tutong: [
    [4.715, 114.53], [4.76, 114.6], [4.81, 114.65], [4.86, 114.72], [4.905, 114.785],
    [4.85, 114.8], [4.78, 114.83], [4.72, 114.86],
    [4.6, 114.86], [4.48, 114.84], [4.38, 114.82], [4.3, 114.78],
    [4.4, 114.7], [4.5, 114.62], [4.62, 114.57],
  ],
  'brunei-muara': [
    [4.905, 114.785], [4.95, 114.84], [4.975, 114.9], [4.99, 114.95], [5.02, 115.02], [5.055, 115.085],
    [5.0, 115.09], [4.97, 115.04], [4.93, 115.03], [4.9, 115.0], [4.86, 114.98], [4.82, 114.96],
    [4.77, 114.92], [4.72, 114.86], [4.78, 114.83], [4.85, 114.8],
  ],
  temburong: [
    [4.8, 115.02], [4.86, 115.1], [4.9, 115.2], [4.88, 115.3], [4.75, 115.33], [4.55, 115.35],
    [4.35, 115.32], [4.3, 115.25], [4.4, 115.15], [4.55, 115.07], [4.65, 115.02], [4.75, 115.0],
  ],
};

/** Where each district's name and count sit on the map (Brunei-Muara's, in the sea beside it: the district is narrow). */
const LABEL_AT: Record<District, Point> = {
  belait: [4.36, 114.5],
  tutong: [4.6, 114.72],
  'brunei-muara': [5.035, 114.82],
  temburong: [4.6, 115.2],
};

/**
 * True when a point lies inside a ring (ray casting). Points exactly on an
 * edge may fall either way; the map never needs to decide those.
 */
export function isInsideOutline(point: LatLng, ring: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [latI, lngI] = ring[i]!;
    const [latJ, lngJ] = ring[j]!;
    if (
      latI > point.lat !== latJ > point.lat &&
      point.lng < ((lngJ - lngI) * (point.lat - latI)) / (latJ - latI) + lngI
    ) {
      inside = !inside;
    }
  }
  return inside;
}

/** The district whose outline holds a point, if any. */
export function districtOfPoint(point: LatLng): District | undefined {
  return DISTRICTS.find((d) => isInsideOutline(point, DISTRICT_OUTLINES[d]));
}

// Brunei is near the equator: one degree of longitude is cos(4.6°) ≈ 0.997 of a degree of latitude.
const LNG_SCALE = Math.cos((4.6 * Math.PI) / 180);
const UNITS_PER_DEGREE = 400;
const PADDING = 12;

export interface DistrictShape {
  district: District;
  /** SVG path data for the outline. */
  path: string;
  /** Where the label goes, in the same units. */
  label: { x: number; y: number };
}

/**
 * The map in SVG units: a viewBox and one shape per district, north up.
 * @example districtMap().shapes.map((s) => s.district) // ['brunei-muara', 'belait', 'tutong', 'temburong']
 */
export function districtMap(): { viewBox: string; width: number; height: number; shapes: DistrictShape[] } {
  const all = DISTRICTS.flatMap((d) => DISTRICT_OUTLINES[d]);
  const north = Math.max(...all.map((p) => p[0]));
  const south = Math.min(...all.map((p) => p[0]));
  const west = Math.min(...all.map((p) => p[1]));
  const east = Math.max(...all.map((p) => p[1]));
  const x = (lng: number) => round((lng - west) * LNG_SCALE * UNITS_PER_DEGREE + PADDING);
  const y = (lat: number) => round((north - lat) * UNITS_PER_DEGREE + PADDING);
  const width = Math.ceil(x(east) + PADDING);
  const height = Math.ceil(y(south) + PADDING);
  const shapes = DISTRICTS.map((district) => {
    const [first, ...rest] = DISTRICT_OUTLINES[district].map(([lat, lng]) => `${x(lng)} ${y(lat)}`);
    const [labelLat, labelLng] = LABEL_AT[district];
    return {
      district,
      path: `M${first} ${rest.map((p) => `L${p}`).join(' ')} Z`,
      label: { x: x(labelLng), y: y(labelLat) },
    };
  });
  return { viewBox: `0 0 ${width} ${height}`, width, height, shapes };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
