import { useState } from 'preact/hooks';
import type { Activity } from '../../../../server/protocol/activities';
import { t } from '../../i18n';
import { answerOffer, signUp, withdraw } from './state';
import { counted, guestChoices, whenText } from './words';

type Run = (work: () => Promise<void>) => Promise<void>;

/**
 * Sign up with one tap, with guests that fit; a sign-up that goes on the waitlist says so
 * before and after; withdrawing asks first (and says the guests go too).
 */
export function SignupBox({
  activity,
  run,
  busy,
}: {
  activity: Activity;
  run: Run;
  busy: boolean;
}) {
  const [guests, setGuests] = useState(0);
  const [late, setLate] = useState(false);
  const mine = activity.mySignup;
  const max = guestChoices(activity);
  const chosen = Math.min(guests, max);
  const full = activity.seats.left === 0;
  const guestId = `guests-${activity.id}`;
  const noteId = `waitlist-${activity.id}`;

  if (mine === null) {
    return (
      <div class="signup">
        {max > 0 ? (
          <p class="guests">
            <label for={guestId}>{t('activities.web.guests_label')}</label>
            <select
              id={guestId}
              value={chosen}
              onChange={(e) => setGuests(Number((e.target as HTMLSelectElement).value))}
            >
              {Array.from({ length: max + 1 }, (_, n) => (
                <option key={n} value={n}>
                  {counted(
                    n,
                    {
                      none: 'activities.web.guests_none',
                      one: 'activities.web.guests_one',
                      many: 'activities.web.guests_many',
                    },
                    { n },
                  )}
                </option>
              ))}
            </select>
          </p>
        ) : null}
        {full ? (
          <p class="muted" id={noteId}>
            {t('activities.web.waitlist_warning')}
          </p>
        ) : null}
        <button
          type="button"
          class="button primary"
          disabled={busy}
          aria-describedby={full ? noteId : undefined}
          onClick={() =>
            run(async () => {
              const result = await signUp(activity.id, chosen);
              // A place was free when the person tapped, but someone was just ahead.
              setLate(!full && result.signup?.status === 'waitlisted');
            })
          }
        >
          {full ? t('activities.web.join_waitlist') : t('activities.web.join')}
        </button>
      </div>
    );
  }

  const status =
    mine.status === 'confirmed'
      ? counted(
          mine.guests,
          {
            none: 'activities.web.you_are_in',
            one: 'activities.web.you_are_in_one',
            many: 'activities.web.you_are_in_many',
          },
          { guests: mine.guests },
        )
      : mine.status === 'waitlisted'
        ? t('activities.web.you_wait', { position: mine.position ?? 0 })
        : mine.offerExpiresAt
          ? t('activities.web.offered_until', {
              until: whenText(mine.offerExpiresAt, activity.timezone),
            })
          : t('activities.web.offered');
  return (
    <div class="signup">
      <p class="status" role="status">
        {late && mine.status === 'waitlisted' ? `${t('activities.web.late')} ` : ''}
        {status}
      </p>
      {mine.status === 'offered' ? (
        <div class="row">
          <button
            type="button"
            class="button primary"
            disabled={busy}
            onClick={() => run(() => answerOffer(activity.id, true))}
          >
            {t('activities.note.offer_yes')}
          </button>
          <button
            type="button"
            class="button"
            disabled={busy}
            onClick={() => run(() => answerOffer(activity.id, false))}
          >
            {t('activities.note.offer_no')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          class="button subtle"
          disabled={busy}
          onClick={() => {
            const question = counted(
              mine.guests,
              {
                none: 'activities.web.withdraw_confirm',
                one: 'activities.web.withdraw_confirm_one',
                many: 'activities.web.withdraw_confirm_many',
              },
              { title: activity.title, guests: mine.guests },
            );
            if (!window.confirm(question)) return;
            setLate(false);
            void run(() => withdraw(activity.id));
          }}
        >
          {t('activities.web.withdraw')}
        </button>
      )}
    </div>
  );
}
