import { splitPhoneNumbers, telHref } from '../../../server/protocol/phone';

/** Text with every phone number as a tap-to-call link ("Bel nu 112", the buurtkaart's numbers). */
export function PhoneText({ text }: { text: string }) {
  return (
    <>
      {splitPhoneNumbers(text).map((part, i) =>
        part.phone ? (
          <a key={i} class="tel" href={telHref(part.text)}>
            {part.text}
          </a>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
