import type { RecordModel, ValidationProblem } from '../core/model.js';

/** A small model for storage tests: version 2 notes with text and a day; version 1 called the text `body`. */
export interface Note {
  text: string;
  day: string;
}

export const noteModel: RecordModel<Note> = {
  kind: 'note',
  schemaVersion: 2,
  validate(data: unknown): ValidationProblem[] {
    const note = data as Partial<Note> | null;
    const problems: ValidationProblem[] = [];
    if (typeof note?.text !== 'string' || note.text.trim() === '')
      problems.push({ path: 'text', code: 'required' });
    if (typeof note?.day !== 'string') problems.push({ path: 'day', code: 'invalid-date' });
    return problems;
  },
  migrations: {
    1: (data) => {
      const { body, ...rest } = data as { body: string; day: string };
      return { ...rest, text: body };
    },
  },
  sortKey: (note) => note.day,
};

/** A note for day `n` of January 2026. */
export function note(n: number, text = `note ${n}`): Note {
  return { text, day: `2026-01-${String(n).padStart(2, '0')}` };
}
