import type { components } from '@/lib/api/schema';

// The generated schema's names for what this feature shows, in one place.
type Schemas = components['schemas'];
export type RespondentForm = Schemas['RespondentForm'];
export type DraftSaved = Schemas['DraftSaved'];
export type InvitationContact = Schemas['InvitationContact'];
export type ContactUpdate = Schemas['ContactUpdate'];
export type Answers = Schemas['Answers'];
export type Definition = Schemas['QuestionnaireDefinition'];
export type Section = Schemas['QuestionnaireSection'];
export type Question = Schemas['Question'];
export type Condition = Schemas['Condition'];
export type Matrix = Schemas['Matrix'];
export type MatrixColumn = Schemas['MatrixColumn'];
export type Profession = Schemas['Profession'];
export type ServiceArea = Schemas['ServiceArea'];

/** One cell of a matrix answer. */
export type MatrixCell = { professions?: string[]; text?: string };
/** A matrix answer: cells of the named rows, and rows the respondent named ("annat område"). */
export type MatrixAnswer = {
  rows?: Record<string, Record<string, MatrixCell>>;
  other?: { label: string; cells: Record<string, MatrixCell> }[];
};
