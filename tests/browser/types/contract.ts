// The hand-written declarations of the wasm package agree with its
// JavaScript: tests/browser/typecheck.sh has tsc write what quelle.js and
// client.js declare (their JSDoc) into build/types/engine/, then compiles
// this file, which holds each export of one against the other. A member
// missing, extra, optional or of another type on either side fails it; the
// error names the pair and, where assignability sees it, the member.
import * as Hand from '../../../wasm/js/quelle.js';
import * as Impl from '../../../build/types/engine/quelle.js';
import * as HandClient from '../../../wasm/js/client.js';
import * as ImplClient from '../../../build/types/engine/client.js';

/** The public members of instances (private ones would make any two classes differ). */
type Public<T> = { [K in keyof T]: T[K] };
/** What a class's constructor takes. */
type Takes<C extends abstract new (...args: any) => any> = ConstructorParameters<C>;
/** The public members of what an async function resolves to. */
type Gives<F extends (...args: any) => Promise<any>> = Public<Awaited<ReturnType<F>>>;
/**
 * true if A and B are identical. Assignability alone would let an optional
 * member be missing on one side (e.g. an option renamed in one place).
 */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;

/** [implementation, declaration] for each export (classes: instances and constructors apart). */
interface Pairs {
  'createQuelle parameters': [Parameters<typeof Impl.createQuelle>, Parameters<typeof Hand.createQuelle>];
  'createQuelle result': [Gives<typeof Impl.createQuelle>, Gives<typeof Hand.createQuelle>];
  LANGUAGES: [typeof Impl.LANGUAGES, typeof Hand.LANGUAGES];
  Quelle: [Public<Impl.Quelle>, Public<Hand.Quelle>];
  QuelleError: [Public<Impl.QuelleError>, Public<Hand.QuelleError>];
  'QuelleError constructor': [Takes<typeof Impl.QuelleError>, Takes<typeof Hand.QuelleError>];
  QuelleClient: [Public<ImplClient.QuelleClient>, Public<HandClient.QuelleClient>];
  'QuelleClient constructor': [Takes<typeof ImplClient.QuelleClient>, Takes<typeof HandClient.QuelleClient>];
  'client.js QuelleError': [typeof ImplClient.QuelleError, typeof HandClient.QuelleError];
}
type Implemented = { [K in keyof Pairs]: Pairs[K][0] };
type Declared = { [K in keyof Pairs]: Pairs[K][1] };

// Both ways assignable: the error says which member differs.
export const implementedAsDeclared: Declared = null as unknown as Implemented;
export const declaredAsImplemented: Implemented = null as unknown as Declared;
// Identical: the error names the pair ("Types of property '…' are incompatible").
export const identical: { [K in keyof Pairs]: true } = null as unknown as { [K in keyof Pairs]: Same<Pairs[K][0], Pairs[K][1]> };

// The same exports: a name on one side only is reported as not assignable to never.
export const onlyInQuelleJs: never = null as unknown as Exclude<keyof typeof Impl, keyof typeof Hand>;
export const onlyInQuelleDts: never = null as unknown as Exclude<keyof typeof Hand, keyof typeof Impl>;
export const onlyInClientJs: never = null as unknown as Exclude<keyof typeof ImplClient, keyof typeof HandClient>;
export const onlyInClientDts: never = null as unknown as Exclude<keyof typeof HandClient, keyof typeof ImplClient>;
