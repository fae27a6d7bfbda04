import { describe, expect, it } from 'vitest';
import { DISTRICTS, MUKIMS } from '../../src/lib/brunei';
import { districtMap, districtOfPoint, isInsideOutline } from '../../src/lib/directory/district-map';
import { placePoints, placesByDistrict, pointOfPlace } from '../../src/lib/directory/places';
import { loadGroups, loadPlaces } from './groups-data';

const places = loadPlaces();

describe('the district map outlines', () => {
  it.each(places.map((p) => [p.id, p] as const))('puts %s inside its own district', (_, place) => {
    expect(districtOfPoint(place)).toBe(place.district);
  });

  it.each(
    loadGroups()
      .filter((g) => g.data.coordinates)
      .map((g) => [g.id, g.data] as const),
  )('puts group %s inside its own district', (_, group) => {
    expect(districtOfPoint(group.coordinates!)).toBe(group.district);
  });

  it('puts points in the sea or in Malaysia in no district', () => {
    expect(districtOfPoint({ lat: 5.2, lng: 114.6 })).toBeUndefined(); // South China Sea
    expect(districtOfPoint({ lat: 4.75, lng: 115.0 - 0.03 })).toBeUndefined(); // Limbang, between the two parts
    expect(districtOfPoint({ lat: 4.39, lng: 113.99 })).toBeUndefined(); // Miri side
  });

  it('tells inside from outside for a simple square', () => {
    const square = [
      [0, 0],
      [0, 1],
      [1, 1],
      [1, 0],
    ] as const;
    expect(isInsideOutline({ lat: 0.5, lng: 0.5 }, square)).toBe(true);
    expect(isInsideOutline({ lat: 1.5, lng: 0.5 }, square)).toBe(false);
  });

  it('draws one closed path per district inside the viewBox', () => {
    const map = districtMap();
    expect(map.shapes.map((s) => s.district)).toEqual([...DISTRICTS]);
    for (const shape of map.shapes) {
      expect(shape.path).toMatch(/^M[\d. ]+( L[\d. ]+)+ Z$/);
      const numbers = shape.path.match(/[\d.]+/g)!.map(Number);
      const xs = numbers.filter((_, i) => i % 2 === 0);
      const ys = numbers.filter((_, i) => i % 2 === 1);
      expect(Math.min(...xs, ...ys)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...xs)).toBeLessThanOrEqual(map.width);
      expect(Math.max(...ys)).toBeLessThanOrEqual(map.height);
    }
  });

  it('draws north up and west left: Belait is left of Temburong, Muara above Labi', () => {
    const map = districtMap();
    const at = (d: string) => map.shapes.find((s) => s.district === d)!.label;
    expect(at('belait').x).toBeLessThan(at('temburong').x);
    expect(at('brunei-muara').y).toBeLessThan(at('belait').y);
  });
});

describe('the places list for "near me"', () => {
  it('has a place in every mukim of the census list', () => {
    expect(places.filter((p) => p.kind === 'mukim')).toHaveLength(39);
  });

  it.each(places.map((p) => [p.id, p] as const))('puts %s in a mukim of its own district', (_, place) => {
    expect(MUKIMS[place.district]).toContain(place.mukim);
  });

  it('gives every place its own id', () => {
    expect(new Set(places.map((p) => p.id)).size).toBe(places.length);
  });

  it('groups places by district, towns and kampongs before mukims', () => {
    const grouped = placesByDistrict(places);
    expect(grouped.map((g) => g.district)).toEqual([...DISTRICTS]);
    const belait = grouped.find((g) => g.district === 'belait')!.places;
    expect(belait[0]!.kind).not.toBe('mukim');
    expect(belait.at(-1)!.kind).toBe('mukim');
    expect(grouped.flatMap((g) => g.places)).toHaveLength(places.length);
  });

  it('finds a place’s point by id, and nothing for an unknown or inherited id', () => {
    const points = placePoints(places);
    expect(pointOfPlace(points, 'kuala-belait')).toEqual({ lat: 4.5833, lng: 114.2317 });
    expect(pointOfPlace(points, 'atlantis')).toBeUndefined();
    expect(pointOfPlace(points, 'constructor')).toBeUndefined();
  });
});
