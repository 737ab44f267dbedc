import type { ComponentType } from 'react';
import type { components } from '@/lib/api/schema';
import type { Definition, Profession, ServiceArea } from '../api/types';

export type Answers = components['schemas']['Answers'];

/**
 * What this feature needs of the respondent form (the respond feature's QuestionnaireForm), handed in by the
 * router so the features do not import each other.
 */
export type QuestionnaireFormProps = {
  definition: Definition;
  answers: Answers;
  onChange?: (answers: Answers) => void;
  professions: Profession[];
  serviceAreas: ServiceArea[];
  readOnly?: boolean;
  idPrefix?: string;
  /** The level of the sections' headings, to fit the page around the form. */
  headingLevel?: 2 | 3 | 4;
};

export type QuestionnaireFormComponent = ComponentType<QuestionnaireFormProps>;
