import type { StaffConcern } from '../../../../server/protocol/concerns';
import { t } from '../../i18n';
import { dateTime } from './format';

/**
 * What staff know of a concern: reporter, what, when, effect, about whom, flags, steps taken.
 * A fact nobody gave (no time, no effect, nobody named) is left out rather than shown as "—".
 */
export function ConcernFacts({ concern }: { concern: StaffConcern }) {
  const when = [
    concern.whenText,
    concern.frequency ? t(`concerns.frequency.${concern.frequency}`) : null,
  ].filter(Boolean);
  const effect = [concern.effect, concern.unsafe ? t('concerns.web.feels_unsafe') : null].filter(
    Boolean,
  );
  const about = [
    concern.unitLabel ? t('concerns.web.unit', { unit: concern.unitLabel }) : null,
    concern.targetUser?.name,
  ].filter(Boolean);
  return (
    <dl class="facts">
      <dt>{t('concerns.web.reporter')}</dt>
      <dd>
        {concern.reporter
          ? `${concern.reporter.name} (${t(`web.role.${concern.reporter.role}`)})`
          : t('concerns.web.anonymised')}
        {concern.named ? ` · ${t('concerns.web.named_yes')}` : ''}
      </dd>
      <dt>{t('concerns.web.what_label')}</dt>
      <dd class="quote">{concern.description ?? '—'}</dd>
      <Fact label={t('concerns.web.when_label')} parts={when} />
      <Fact label={t('concerns.web.effect_staff_label')} parts={effect} />
      <Fact label={t('concerns.web.about')} parts={about} />
      {concern.flags.length > 0 ? (
        <>
          <dt>{t('concerns.web.flags')}</dt>
          <dd>{concern.flags.map((f) => t(`concerns.web.flag.${f}`)).join(', ')}</dd>
        </>
      ) : null}
      <dt>{t('concerns.web.handler')}</dt>
      <dd>{concern.handler?.name ?? t('concerns.web.unclaimed')}</dd>
      {concern.burenbericht ? (
        <>
          <dt>{t('concerns.step.burenbericht')}</dt>
          <dd>
            {dateTime(concern.burenbericht.sentAt)} ·{' '}
            {concern.burenbericht.repliedAt
              ? (concern.burenbericht.replyText ??
                t(`concerns.bb.reply.${concern.burenbericht.replyKind ?? 'sorry'}`))
              : t('concerns.web.no_answer_yet')}
          </dd>
        </>
      ) : null}
      {concern.corporationCase ? (
        <>
          <dt>{t('concerns.step.corporatie')}</dt>
          <dd>{t(`concerns.corp_status.${concern.corporationCase.status}`)}</dd>
        </>
      ) : null}
    </dl>
  );
}

/** One row of the facts, or nothing when it has no value. */
function Fact({ label, parts }: { label: string; parts: (string | null | undefined)[] }) {
  if (parts.length === 0) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{parts.join(' · ')}</dd>
    </>
  );
}
