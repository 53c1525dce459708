import type { ComponentChildren } from 'preact';
import { locales, type Locale } from '../../../../../server/i18n/locale';
import { ErrorText } from '../../../components/Page';
import { t } from '../../../i18n';

/**
 * Nederlands / English as radio buttons, each label in its own language: the person's own
 * language and the project's language are chosen the same way.
 */
export function LocaleChoice(props: {
  name: string;
  legend: string;
  value: Locale | undefined;
  onChoose(next: Locale): void;
  error?: string;
  children?: ComponentChildren;
}) {
  return (
    <fieldset class="choices-vertical">
      <legend>{props.legend}</legend>
      {locales.map((choice) => (
        <label key={choice} class="radio">
          <input
            type="radio"
            name={props.name}
            value={choice}
            checked={props.value === choice}
            disabled={props.value === undefined}
            onChange={() => props.onChoose(choice)}
            lang={choice}
          />
          <span lang={choice}>{t(`settings.language.${choice}`)}</span>
        </label>
      ))}
      {props.children}
      <ErrorText message={props.error} />
    </fieldset>
  );
}
