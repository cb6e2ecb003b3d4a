import { createUniqueId, For, type JSX } from 'solid-js';
import { useStrings } from '../../components/strings';
import { LANGUAGE_SETTINGS, type LanguageSetting } from '../../lib/i18n/locale';
import type { SectionProps } from './OptionsPage';

/** A language's name in its own words ("Deutsch", "日本語"), as a person looks for it in a list. */
function ownName(locale: string): string {
  return new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
}

function isLanguage(value: string): value is LanguageSetting {
  return (LANGUAGE_SETTINGS as readonly string[]).includes(value);
}

/** Which language every surface speaks: automatic (the page's, else the browser's) or one of the ten. */
export function LanguageSettings(props: SectionProps): JSX.Element {
  const t = useStrings();
  const S = () => t().ui.options.language;
  const id = createUniqueId();
  return (
    <fieldset class="group">
      <legend>{S().legend}</legend>
      <p class="hint" id={`${id}-hint`}>
        {S().hint}
      </p>
      <div class="choice">
        <select
          id={id}
          aria-label={S().legend}
          aria-describedby={`${id}-hint`}
          value={props.settings.language}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (isLanguage(value)) props.save({ language: value });
          }}
        >
          <For each={LANGUAGE_SETTINGS}>
            {(language) => (
              <option
                value={language}
                lang={language === 'auto' ? undefined : language}
                selected={props.settings.language === language}
              >
                {language === 'auto' ? S().auto : ownName(language)}
              </option>
            )}
          </For>
        </select>
      </div>
    </fieldset>
  );
}
