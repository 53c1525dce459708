import type { StaffConcern } from '../../../../server/protocol/concerns';
import { t } from '../../i18n';
import { dateTime } from './format';

/** What staff know of a concern: reporter, what, when, effect, about whom, flags, steps taken. */
export function ConcernFacts({ concern }: { concern: StaffConcern }) {
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
      <dt>{t('concerns.web.when_label')}</dt>
      <dd>
        {[concern.whenText, concern.frequency ? t(`concerns.frequency.${concern.frequency}`) : null]
          .filter(Boolean)
          .join(' · ') || '—'}
      </dd>
      <dt>{t('concerns.web.effect_label')}</dt>
      <dd>
        {concern.effect ?? '—'}
        {concern.unsafe ? ` · ${t('concerns.web.feels_unsafe')}` : ''}
      </dd>
      <dt>{t('concerns.web.about')}</dt>
      <dd>
        {concern.unitLabel ? t('concerns.web.unit', { unit: concern.unitLabel }) : '—'}
        {concern.targetUser ? ` · ${concern.targetUser.name}` : ''}
      </dd>
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
