import type { Definition } from '../api/types';
import { useLocalized } from '@/utils/localized';

/** A definition's sections and question texts, as a plain outline. */
export function QuestionnaireOutline({ definition }: { definition: Definition }) {
  const localized = useLocalized();
  return (
    <ol>
      {definition.sections.map((section) => (
        <li key={section.id}>
          <strong>{localized(section.title)}</strong>
          <ol>
            {section.questions.map((question) => (
              <li key={question.id}>
                {localized(question.text)} <code className="muted">{question.id}</code>
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
