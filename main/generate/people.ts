/**
 * Recurring people: a fixed staff of writers (a few prolific, most occasional, as in a real
 * archive, so the author facet has a long tail) and names for quotes and photo credits.
 */
import { Random, ZipfSampler } from './random.ts';
import { FIRST_NAMES, LAST_NAMES } from './world.ts';

const STAFF_SIZE = 2_500;

function makeStaff(): string[] {
  const random = new Random(0xa07);
  const names = new Set<string>();
  while (names.size < STAFF_SIZE) names.add(`${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`);
  return [...names];
}

const staff = makeStaff();
const staffZipf = new ZipfSampler(staff.length, 0.8);

/** A writer from the staff; a few write much, most write little. */
export function staffWriter(random: Random): string {
  return staff[staffZipf.rank(random)]!;
}

/** Anyone: a person quoted, a photographer. */
export function anyPerson(random: Random): string {
  return `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
}
