import { Result, Typography } from 'antd';
import { translate } from '../../../shared/i18n/messages';
import { LANGUAGES } from '../../../shared/settings/schema';

/**
 * The page was opened without a way to reach the core (no Electron preload, no token in
 * the URL). No setting can be read yet, so the explanation is given in every language.
 */
export function NoBridgePage() {
  return (
    <main className="fullpage">
      <Result
        status="warning"
        title={
          <h1 className="result-heading">
            {LANGUAGES.map((lang) => (
              <span key={lang} lang={lang} className="no-bridge-title">
                {translate(lang, 'noBridge.title')}
              </span>
            ))}
          </h1>
        }
        subTitle={LANGUAGES.map((lang) => (
          <Typography.Paragraph key={lang} lang={lang} className="no-bridge-body">
            {translate(lang, 'noBridge.body')}
          </Typography.Paragraph>
        ))}
      />
    </main>
  );
}
