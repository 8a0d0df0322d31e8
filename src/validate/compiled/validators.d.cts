// Types of the generated standalone validators (validators.cjs, made by scripts/build.mjs).
import type { ErrorObject } from 'ajv';

export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export declare const programme: CompiledValidator;
export declare const cohort: CompiledValidator;
export declare const registrations: CompiledValidator;
export declare const people: CompiledValidator;
export declare const registration: CompiledValidator;
