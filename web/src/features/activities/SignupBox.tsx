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
  // Kept here, not in the parts: the choice of guests stays after withdrawing.
  const [guests, setGuests] = useState(0);
  const [late, setLate] = useState(false);
  if (activity.mySignup === null)
    return (
      <JoinBox
        activity={activity}
        run={run}
        busy={busy}
        guests={guests}
        onGuests={setGuests}
        onLate={setLate}
      />
    );
  return (
    <MySignupBox
      activity={activity}
      mine={activity.mySignup}
      run={run}
      busy={busy}
      late={late}
      onWithdraw={() => setLate(false)}
    />
  );
}

/** Not signed up yet: guests (if any fit), the waitlist warning when full, and the button. */
function JoinBox({
  activity,
  run,
  busy,
  guests,
  onGuests,
  onLate,
}: {
  activity: Activity;
  run: Run;
  busy: boolean;
  guests: number;
  onGuests: (guests: number) => void;
  onLate: (late: boolean) => void;
}) {
  const max = guestChoices(activity);
  const chosen = Math.min(guests, max);
  const full = activity.seats.left === 0;
  const guestId = `guests-${activity.id}`;
  const noteId = `waitlist-${activity.id}`;
  return (
    <div class="signup">
      {max > 0 ? (
        <p class="guests">
          <label for={guestId}>{t('activities.web.guests_label')}</label>
          <select
            id={guestId}
            value={chosen}
            onChange={(e) => onGuests(Number((e.target as HTMLSelectElement).value))}
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
            onLate(!full && result.signup?.status === 'waitlisted');
          })
        }
      >
        {full ? t('activities.web.join_waitlist') : t('activities.web.join')}
      </button>
    </div>
  );
}

type MySignup = NonNullable<Activity['mySignup']>;

/** Where the person's sign-up stands: in (with guests), waiting, or offered a place. */
function signupStatus(mine: MySignup, activity: Activity): string {
  if (mine.status === 'confirmed')
    return counted(
      mine.guests,
      {
        none: 'activities.web.you_are_in',
        one: 'activities.web.you_are_in_one',
        many: 'activities.web.you_are_in_many',
      },
      { guests: mine.guests },
    );
  if (mine.status === 'waitlisted')
    return t('activities.web.you_wait', { position: mine.position ?? 0 });
  return mine.offerExpiresAt
    ? t('activities.web.offered_until', {
        until: whenText(mine.offerExpiresAt, activity.timezone),
      })
    : t('activities.web.offered');
}

/** Signed up: the status, then yes/no to an offered place, or withdraw (asked first). */
function MySignupBox({
  activity,
  mine,
  run,
  busy,
  late,
  onWithdraw,
}: {
  activity: Activity;
  mine: MySignup;
  run: Run;
  busy: boolean;
  late: boolean;
  onWithdraw: () => void;
}) {
  function withdrawAsked() {
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
    onWithdraw();
    void run(() => withdraw(activity.id));
  }

  return (
    <div class="signup">
      <p class="status" role="status">
        {late && mine.status === 'waitlisted' ? `${t('activities.web.late')} ` : ''}
        {signupStatus(mine, activity)}
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
        <button type="button" class="button subtle" disabled={busy} onClick={withdrawAsked}>
          {t('activities.web.withdraw')}
        </button>
      )}
    </div>
  );
}
