/**
 * The zod schemas are checked against the contract's parameter types at compile time
 * (SchemaShapeMismatches in schemas.ts). The cases below are compiled by `npm run typecheck`: each
 * assigns the method's name to the mismatches found for a wrong schema, which compiles only if the
 * check names that method (were it let through, the type would be never). The runtime test shows
 * what the listIds mismatch it found meant for a real call.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ARGUMENT_SCHEMAS, type SchemaShapeMismatches } from './schemas.ts';

type Schemas = typeof ARGUMENT_SCHEMAS;
type With<M extends keyof Schemas, S extends z.ZodTypeAny> = Omit<Schemas, M> & Record<M, S>;

// The real schemas agree with the contract.
const agree: [SchemaShapeMismatches<Schemas>] extends [never] ? true : false = true;

// A wrong leaf type: an id as a string.
const idAsString = z.tuple([z.string()]);
const wrongType: SchemaShapeMismatches<With<'get', typeof idAsString>> = 'get';

// A missing optional argument: importText(text, name?) validated as one argument only.
const textOnly = z.tuple([z.string()]);
const missingArgument: SchemaShapeMismatches<With<'importText', typeof textOnly>> = 'importText';

// A strict object without a field the contract has: every call setting it would be refused.
const settingsWithoutPaper = z.tuple([z.object({ preparedBy: z.string().optional(), margins: z.enum(['normal', 'narrow', 'wide']).optional() }).strict()]);
const missingField: SchemaShapeMismatches<With<'setSettings', typeof settingsWithoutPaper>> = 'setSettings';

// A field the contract does not have.
const settingsWithExtra = z.tuple([
  z.object({ preparedBy: z.string().optional(), paper: z.enum(['A4', 'Letter']).optional(), margins: z.enum(['normal', 'narrow', 'wide']).optional(), colour: z.string().optional() }).strict(),
]);
const extraField: SchemaShapeMismatches<With<'setSettings', typeof settingsWithExtra>> = 'setSettings';

// An enum wider than the contract's.
const widerPaper = z.tuple([z.object({ preparedBy: z.string().optional(), paper: z.enum(['A4', 'Letter', 'A3']).optional(), margins: z.enum(['normal', 'narrow', 'wide']).optional() }).strict()]);
const widerEnum: SchemaShapeMismatches<With<'setSettings', typeof widerPaper>> = 'setSettings';

describe('argument schemas against the contract', () => {
  it('finds no method whose schema differs in shape (compile time), and each wrong schema is named', () => {
    expect(agree).toBe(true);
    expect([wrongType, missingArgument, missingField, extraField, widerEnum]).toEqual(['get', 'importText', 'setSettings', 'setSettings', 'setSettings']);
  });

  it('would otherwise have let through or refused real calls at runtime', () => {
    expect(idAsString.safeParse(['1']).success).toBe(true);
    expect(ARGUMENT_SCHEMAS.get.safeParse(['1']).success).toBe(false);
    expect(textOnly.safeParse(['words', 'pasted.txt']).success).toBe(false);
    expect(ARGUMENT_SCHEMAS.importText.safeParse(['words', 'pasted.txt']).success).toBe(true);
    expect(settingsWithoutPaper.safeParse([{ paper: 'A4' }]).success).toBe(false);
    expect(settingsWithExtra.safeParse([{ colour: 'red' }]).success).toBe(true);
    expect(widerPaper.safeParse([{ paper: 'A3' }]).success).toBe(true);
    expect(ARGUMENT_SCHEMAS.setSettings.safeParse([{ paper: 'A4' }]).success).toBe(true);
    expect(ARGUMENT_SCHEMAS.setSettings.safeParse([{ paper: 'A3' }]).success).toBe(false);
  });

  it('refuses a page on listIds, which the contract now says it does not take', () => {
    expect(ARGUMENT_SCHEMAS.listIds.safeParse([{ sort: 'title' }]).success).toBe(true);
    expect(ARGUMENT_SCHEMAS.listIds.safeParse([{ sort: 'title', offset: 100 }]).success).toBe(false);
  });
});
