/**
 * The one error the library throws on bad input. Its message names the field and the record
 * (MODEL.md, "Input errors"), and both are also kept as properties for a form to highlight.
 *
 * @example
 *   throw new InputError('completionRate', 'program "btc-douvrin"', 'must be in [0, 1], got 1.2');
 *   // InputError: program "btc-douvrin": completionRate must be in [0, 1], got 1.2
 */
export class InputError extends Error {
  readonly field: string;
  readonly record: string;

  constructor(field: string, record: string, problem: string) {
    super(`${record}: ${field} ${problem}`);
    this.name = 'InputError';
    this.field = field;
    this.record = record;
  }
}
