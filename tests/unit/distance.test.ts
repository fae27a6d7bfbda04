import { describe, expect, it } from 'vitest';
import { distanceKm, formatKm } from '../../src/lib/directory/distance';

const kualaBelait = { lat: 4.5833, lng: 114.2317 };
const seria = { lat: 4.6075, lng: 114.3255 };
const bandar = { lat: 4.8903, lng: 114.9421 };

describe('distance between two points', () => {
  it('is zero from a point to itself', () => {
    expect(distanceKm(seria, seria)).toBe(0);
  });

  it('is the same both ways', () => {
    expect(distanceKm(kualaBelait, bandar)).toBeCloseTo(distanceKm(bandar, kualaBelait), 10);
  });

  it('measures Kuala Belait to Seria at about 10.8 km', () => {
    expect(distanceKm(kualaBelait, seria)).toBeGreaterThan(10.5);
    expect(distanceKm(kualaBelait, seria)).toBeLessThan(11.1);
  });

  it('measures Kuala Belait to Bandar Seri Begawan at about 85 km', () => {
    expect(distanceKm(kualaBelait, bandar)).toBeGreaterThan(83);
    expect(distanceKm(kualaBelait, bandar)).toBeLessThan(87);
  });

  it('gives 111.2 km for one degree of latitude', () => {
    expect(distanceKm({ lat: 4, lng: 114.5 }, { lat: 5, lng: 114.5 })).toBeCloseTo(111.19, 1);
  });
});

describe('a distance as the reader reads it', () => {
  it('keeps one decimal under 10 km', () => {
    expect(formatKm(3.24, 'en')).toBe('3.2 km');
  });

  it('rounds to whole km from 10 km', () => {
    expect(formatKm(84.6, 'en')).toBe('85 km');
  });

  it('writes Malay numbers as Bruneians do', () => {
    expect(formatKm(3.24, 'ms')).toMatch(/^3[.,]2 km$/);
  });
});
