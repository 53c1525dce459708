import type { errors as nl } from '../nl/errors';

export const errors: Record<keyof typeof nl, string> = {
  'errors.validation_failed': 'Something in what you sent is not right. Please check the fields.',
  'errors.unauthenticated': 'You are not signed in. Use your invite link or sign in.',
  'errors.forbidden': 'You are not allowed to do or see this.',
  'errors.wrong_address':
    'This does not work from this address. Open Buurtkamer at {address}. Use the link exactly as you got it.',
  'errors.not_found': 'We cannot find this. Maybe it was removed.',
  'errors.conflict': 'This is not possible, because it already exists.',
  'errors.payload_too_large': 'This message is too large. Please make it shorter.',
  'errors.rate_limited': 'You are sending too much at once. Wait a moment and try again.',
  'errors.invite_invalid': 'This invitation no longer works. Ask for a new link.',
  'errors.login_failed': 'The email address or password is not right.',
  'errors.unavailable': 'This does not work right now. Try again shortly. Nothing was lost.',
  'errors.internal': 'Something went wrong on our side. Please try again.',
  'errors.unknown_event': 'We do not know this request.',
  'errors.too_many_sockets':
    'You are connected in too many places at once. Close another tab or device and try again.',
  'errors.invite_signed_in':
    'You are signed in as {name}. Do you want to join as {name}? Or sign out first to join as someone else.',
  'fields.required': 'This field is needed.',
  'fields.too_short': 'Too short. Use at least {min} characters.',
  'fields.too_long': 'Too long. Use at most {max} characters.',
  'fields.too_small': 'Too small. It must be at least {min}.',
  'fields.too_big': 'Too big. It may be at most {max}.',
  'fields.invalid_type': 'This is not right. Check what you filled in.',
  'fields.invalid_format': 'This is not written correctly. Please check it.',
  'fields.invalid_option': 'Choose one of the options.',
  'fields.unknown_key': 'We do not know this field.',
  'fields.invalid': 'This value is not right.',
  'fields.name_bot': 'Buurtbot is the name of the helper robot. Choose another name.',
  'fields.name_role':
    'A role does not belong in your name ("{word}"). Everyone sees your role next to your name already. Choose another name.',
  'fields.name_taken':
    'Someone in this Buurtkamer has this name already. Choose another name, for example with the first letter of your last name.',
};
